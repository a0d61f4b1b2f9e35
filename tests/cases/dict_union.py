a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b)
print(b | a)
print(a, b)
c = a
a |= b
print(a, c, a == c)
a |= {"w": 0}
print(c)
a |= [("x", "pair"), ("v", 5)]
print(a)
e = {}
e |= {}
print(e, {} | {}, {1: 1} | {}, {} | {1: 1})
f = {1: "a"} | {1.0: "b"} | {True: "c"}
print(f)
g = {"k": [1]}
h = g | {}
h["k"].append(2)
print(g, h)
