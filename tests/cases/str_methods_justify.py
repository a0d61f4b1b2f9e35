for w in ["a", "abc", "abcdef", ""]:
    print("[" + w.ljust(5) + "]", "[" + w.rjust(5) + "]", "[" + w.center(5) + "]", "[" + w.center(6, "*") + "]")
print("ab".center(7, "-"), "ab".center(8, "-"), "abc".center(8, "-"), "abc".center(2))
print("7".zfill(3), "-7".zfill(4), "+7".zfill(4), "abc".zfill(5), "12345".zfill(3), "".zfill(2), "-".zfill(3))
print("é".ljust(3, "ü"), "中".rjust(4, "文"), "x".center(4, "🙂"))
rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 4.0)]
for name, qty, price in rows:
    print(name.ljust(12, ".") + str(qty).rjust(4) + str(price).rjust(6))
print("a\tb\tc".expandtabs(), "a\tb\tc".expandtabs(4), "ab\tc".expandtabs(2), "\t".expandtabs(0), "x\ny\tz".expandtabs(3))
