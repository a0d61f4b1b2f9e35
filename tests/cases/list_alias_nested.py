rows = [[0] * 3] * 3
print(rows)
rows[0][0] = 1
print(rows)
rows[1] = [7, 7, 7]
print(rows)
rows[2][2] = 9
print(rows)
inner = [1, 2]
outer = [inner, inner, [inner]]
inner.append(3)
print(outer)
outer[2][0].pop(0)
print(outer, inner)
a = [1]
b = a
b += [2]
print(a, b)
b = b + [3]
print(a, b)
d = {"k": []}
lst = d["k"]
lst.append("v")
print(d)
d["k"] += ["w"]
print(d, lst)
m = [[i * 3 + j for j in range(3)] for i in range(3)]
col = [row[1] for row in m]
col[0] = -1
print(m, col)
m[0] = m[1]
m[0][0] = "shared"
print(m)
