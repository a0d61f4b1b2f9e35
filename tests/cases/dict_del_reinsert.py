d = dict.fromkeys("abcde", 0)
print(d)
for k in "bd":
    v = d.pop(k)
    d[k] = v + 1
    print(d)
del d["a"]
d["a"] = "back"
print(d)
d.update({"c": "updated"})
print(d)
d.update({"new": 1, "c": "again"})
print(d)
for i in range(3):
    k = list(d)[0]
    d[k] = d.pop(k)
    print(list(d))
e = {1: 1, 2: 2, 3: 3}
for i in range(10):
    del e[1]
    e[1] = i
print(e)
f = {}
for i in range(20):
    f[i] = i
for i in range(0, 20, 2):
    del f[i]
print(f)
for i in range(0, 20, 4):
    f[i] = -i
print(f)
print(list(f.keys())[:5], len(f))
