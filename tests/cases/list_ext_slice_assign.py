xs = list(range(10))
xs[::2] = ["a", "b", "c", "d", "e"]
print(xs)
xs[1::2] = [x * 10 for x in range(5)]
print(xs)
xs[::-1] = list(range(10))
print(xs)
xs[8:2:-3] = ["p", "q"]
print(xs)
xs[::3] = "WXYZ"
print(xs)
xs[::1] = [0, 1]
print(xs)
ys = list(range(6))
ys[::-2] = (100, 200, 300)
print(ys)
ys[10::2] = []
print(ys)
ys[1:2:1] = ["one", "two", "three"]
print(ys)
zs = [0] * 6
for i in range(3):
    zs[i::3] = [i + 1, i + 1]
    print(zs)
