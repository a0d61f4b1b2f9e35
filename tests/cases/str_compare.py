print("abc" == "abc", "abc" != "abd", "abc" < "abd", "abc" < "ab", "" < "a", "B" < "a")
print("apple" < "banana" < "cherry", "z" > "a" > "A", "a" <= "a" >= "a")
print("é" > "e", "é" > "z", "中" > "é", "😀" > "中", "ß" < "ſ")
print("e\u0301" == "é", "é" == "\u00e9", "10" < "9", "abc" < "abcd")
print(min("b", "a", "c"), max("é", "z"), min("中文", "中"), max("", "a"))
x = "hello"
print(x == "hel" + "lo", x is not None, (x < "help") == True)
print("a" == 1, "1" != 1, "" == 0)
