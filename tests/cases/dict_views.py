d = {"one": 1, "two": 2, "three": 3}
ks = d.keys()
vs = d.values()
its = d.items()
print(ks)
print(vs)
print(its)
print(len(ks), len(vs), len(its))
d["four"] = 4
print(ks, vs, its, sep="\n")
del d["one"]
print(list(ks), list(vs), list(its))
print("two" in ks, "one" in ks, 2 in vs, 1 in vs, ("two", 2) in its, ("two", 3) in its)
for k in ks:
    print(k, end=",")
print()
for v in vs:
    print(v, end=",")
print()
for k, v in its:
    print(f"{k}={v}", end=" ")
print()
print({}.keys(), {}.values(), {}.items())
print(sorted(ks), sorted(vs), sorted(its), max(ks), min(vs), sum(vs))
print(list(reversed(ks)), list(reversed(vs)), list(reversed(its)))
print(tuple(ks), set(ks) == {"two", "three", "four"})
for i, (k, v) in enumerate(d.items()):
    print(i, k, v)
