xs = []
print(xs, len(xs))
for i in range(5):
    xs.append(i * i)
    print(xs)
xs.extend([100, 200])
print(xs)
xs.extend((7, 8))
print(xs)
xs.extend("ab")
print(xs)
xs.extend(range(3))
print(xs)
xs.extend({"k": 1, "j": 2})
print(xs)
xs.extend([])
print(xs, len(xs))
ys = [1]
ys.append(ys[:])
print(ys)
ys.append([2, [3, [4]]])
print(ys, len(ys), ys[-1][1][1][0])
zs = ["x"]
r = zs.append("y")
print(r, zs)
r = zs.extend(zs)
print(r, zs)
words = []
for w in "the cat sat on the mat".split():
    if w not in words:
        words.append(w)
print(words)
nested = [[]]
nested[0].append(1)
nested.append(nested[0])
nested[1].append(2)
print(nested)
