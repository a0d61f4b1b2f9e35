d = {"a": 1, "b": 2, "c": 3, "d": 4}
while d:
    print(d.popitem(), d)
d = {}
for i in range(5):
    d[i * i] = str(i)
print(d.popitem(), d.popitem())
d[100] = "x"
d[0] = "zero"
print(d)
print(d.popitem(), d)
k, v = d.popitem()
print(k, v, d)
e = {"x": 1, "y": 2}
e["x"] = 10
print(e.popitem(), e)
e["z"] = 3
e["y"] = 20
print(e.popitem(), e.popitem(), e)
