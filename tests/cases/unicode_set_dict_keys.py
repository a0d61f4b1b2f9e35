d = {}
for w in ["café", "cafe", "CAFÉ", "café", "中", "🙂", "e\u0301"]:
    d[w] = d.get(w, 0) + 1
print(d)
print(len(d), "café" in d, "cafe\u0301" in d, "CAFÉ".lower() in d)
s = {"α", "β", "γ", "🙂", "a"}
print(sorted(s), len(s), "α" in s)
print(s)
inv = {ord(c): c for c in "héllo🙂"}
print(inv)
print({c: c.upper() for c in "ßéı"})
