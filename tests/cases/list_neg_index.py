xs = ["a", "b", "c", "d", "e"]
for i in range(-5, 5):
    print(i, xs[i], end=" | ")
print()
xs[-1] = "E"
xs[-5] = "A"
print(xs)
n = len(xs)
for i in range(1, n + 1):
    xs[-i] = xs[-i] * i
print(xs)
m = [[1, 2, 3], [4, 5, 6]]
print(m[-1][-1], m[-2][-3], m[-1][0], m[0][-1])
m[-1][-2] = 50
print(m)
big = 10 ** 18
ys = list(range(5))
print(ys[-1], ys[4 - big + big], ys[big - big])
t = (1, 2, 3)
print(t[-1], t[-3], "xyz"[-2], range(10)[-1], range(0, 20, 3)[-2])
