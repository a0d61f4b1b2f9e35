d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d = {True: "bool"}
d[1] = "int"
print(d)
e = {0: "zero", False: "false", 0.0: "fzero", -0.0: "negzero"}
print(e)
s = {1, 1.0, True}
print(s, len(s))
s2 = {True, 1, 1.0}
print(s2)
s3 = {1.0, True, 1}
print(s3)
s4 = {0.0, 0, False, -0.0}
print(s4)
print(1 in {1.0}, True in {1}, 1.0 in {True: 0}, 2.0 in {2}, 0.5 in {0, 1})
f = {1: "a", 2: "b"}
print(f[1.0], f[True], f[2.0])
del f[True]
print(f)
g = dict.fromkeys([1, True, 1.0, 2, 2.0])
print(g)
print({1: 1} == {True: 1}, {1, 2} == {1.0, 2.0}, [1, 2] == [True, 2.0])
h = {}
for k in [2, 2.0, 3.5, 3, True, 0, False]:
    h[k] = h.get(k, 0) + 1
print(h)
print(list({1.5: 0, 1: 0, 1.0: 0}), sorted({1.5, 1, 0.5, True}))
