d = {"a": 1, "b": 2, "c": 3}
print(d.pop("b"), d)
print(d.pop("zz", "default"), d.pop("zz", None), d)
print(d.pop("a", 0), d)
e = d.copy()
e["q"] = 9
print(d, e)
f = d
f.clear()
print(d, e, f)
nested = {"lst": [1]}
cp = nested.copy()
cp["lst"].append(2)
cp["other"] = 3
print(nested, cp)
g = dict(nested)
g["lst"] = "replaced"
print(nested, g)
h = {i: i * i for i in range(6)}
total = 0
while h:
    k = list(h)[0]
    total += h.pop(k)
    print(k, total, h)
