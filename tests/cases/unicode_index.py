s = "aé中🙂b"
print(len(s), [s[i] for i in range(len(s))], s[-1], s[-2], s[1:4], s[::-1], s[::2])
for i, c in enumerate(s):
    print(i, c, ord(c), hex(ord(c)), len(c))
chars = list(s)
print(chars, len(chars), "".join(chars) == s)
print(s.find("🙂"), s.index("b"), s.count("中"), "🙂" in s, s.replace("🙂", ":)"))
t = "🙂🙃🙂"
print(len(t), t[1], t.count("🙂"), t.split("🙃"), t.rfind("🙂"), list(t))
u = "𝔄𝔅ℭ"
print(len(u), [hex(ord(c)) for c in u], u[1:], u.lower(), u.upper())
d = {c: ord(c) for c in s}
print(d)
print(sorted(s), max(s), min(s))
print(set("🙂🙂é") == {"🙂", "é"}, len(set("🙂🙂é")))
