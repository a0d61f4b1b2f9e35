# len() of values known to be strs, including non-ASCII text and
# strs built at run time.
words = ["", "a", "héllo", "日本語", "🎉x", "tab\there"]
total = 0
for w in words:
    n = len(w)
    total += n
    print(repr(w), n, len(w * 3), len(w + "!"))
print(total)
s = ""
for i in range(20):
    s += chr(0x3b1 + i)
print(s, len(s), len(s[::2]), len(s.upper()))
line = "a,bb,ccc"
parts = line.split(",")
print([len(p) for p in parts], sum(len(p) for p in parts))
