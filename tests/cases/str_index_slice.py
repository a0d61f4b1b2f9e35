s = "hello, wörld"
print(s[0], s[4], s[-1], s[-5], s[7])
print(s[1:4], s[:5], s[7:], s[-5:], s[::2], s[::-1], s[10:2:-2], s[100:], s[-100:3])
print(s[1:-1:3], s[:], len(s[3:9]), s[2:2] == "")
t = divmod(17, 5)
print(t[0], t[1], t[-1], t[0:1], t[::-1])
i = 0
word = "abc"
while i < len(word):
    print(i, word[i], word[i:], word[:i])
    i += 1
print("ell" in s, "xyz" in s, "" in s, "w" not in s, 3 in divmod(7, 2), 9 not in divmod(7, 2))
