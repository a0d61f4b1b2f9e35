d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 0), d.get("a", 99), d.get("c", [1]), d)
print(d.setdefault("a", 50), d)
print(d.setdefault("b", 2), d)
print(d.setdefault("c"), d)
groups = {}
for w in "apple avocado banana blueberry cherry apricot cranberry".split():
    groups.setdefault(w[0], []).append(w)
print(groups)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
lst = d.setdefault("lst", [])
lst.append(1)
d.setdefault("lst", ["ignored"]).append(2)
print(d)
print(d.get(None), d.get((1, 2), "tuple-miss"))
nested = {}
for a, b in [(1, "x"), (2, "y"), (1, "z"), (3, "x"), (2, "x")]:
    nested.setdefault(a, {}).setdefault(b, 0)
    nested[a][b] += 1
print(nested)
