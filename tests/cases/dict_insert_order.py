d = {}
for k in ["zeta", "alpha", "mid", "beta", "omega"]:
    d[k] = len(k)
    print(d)
print(list(d), list(d.values()))
d["alpha"] = 100
print(d)
d["mid"] += 1
print(d)
del d["zeta"]
print(d)
d["zeta"] = 0
print(d)
nums = {}
for n in [5, 3, 9, 1, 3, 5, 7]:
    nums[n] = nums.get(n, 0) + 1
print(nums)
print({3: "c", 1: "a", 2: "b"}, {-1: 0, 10 ** 20: 1, 0: 2})
lit = {"a": 1, "b": 2, "a": 3}
print(lit, len(lit))
mixed = {1: "int", "1": "str", (1,): "tuple", 1.5: "float", None: "none", False: "bool"}
print(mixed)
for k in mixed:
    print(repr(k), "->", mixed[k])
