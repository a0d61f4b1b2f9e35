# .keys(), .values() and plain dict iteration.
d = {"apple": 3, "pear": 0, "fig": 12, "kiwi": -4}
for k in d:
    print("key", k)
for k in d.keys():
    print("keys()", k, d[k])
for v in d.values():
    print("value", v)
print(list(d), list(d.keys()), list(d.values()))
print(sum(d.values()), max(d.values()), min(d), max(d, key=len))
print(sorted(d, key=lambda k: d[k]), sorted(d.values(), reverse=True))
print([k for k in d if d[k] > 0])
print(any(v < 0 for v in d.values()), all(d.values()), all(k for k in d))
print("-".join(d), "-".join(k.upper() for k in d.keys()))
print(tuple(d.values()), set(v % 5 for v in d.values()))
for i, k in enumerate(d.keys()):
    print(i, k)
for k, v in zip(d.keys(), d.values()):
    print(k, v, d[k] == v)
fl = {1: 0.5, 2: 0.25, 3: 0.125}
print(sum(fl.values()), sum(fl.keys()), sum(fl))
print([x * 2 for x in fl.values()])
nested = {"a": {"x": 1}, "b": {"y": 2, "z": 3}}
for outer in nested:
    for inner, val in nested[outer].items():
        print(outer, inner, val)
print(sum(len(v) for v in nested.values()))
keys = d.keys()
d["new"] = 100
print(list(keys), len(keys))
