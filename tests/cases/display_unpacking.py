a = [1, 2]
b = (3, 4)
print([*a, *b, 5], [*"hi"], [*a])
print((*a, 0), (*range(3),), (0, *b))
print({*a, *b, 1}, {*"aab"})
d = {"x": 1, "y": 2}
e = {"y": 20, "z": 30}
print({**d, **e}, {**d, "y": 0}, {"w": -1, **e})
print(sorted({*a, *[2, 9]}))
print({**{}})
x = {**d, **[1]}
