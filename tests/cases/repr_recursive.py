a = [1, 2]
a.append(a)
print(a)
print(len(a), a[2][2][0])
b = [a, a]
print(b)
d = {"self": None}
d["self"] = d
print(d)
d["list"] = [d]
print(d)
x = []
y = [x]
x.append(y)
print(x, y)
z = [1]
z.append([z, {"z": z}])
print(z)
e = {}
e[1] = [e, (e,)]
print(e)
l2 = [[]]
l2[0].append(l2)
l2.append(l2[0])
print(l2)
print(repr(a), str(d))
print(f"{a}")
