xs = list(range(8))
xs[2:4] = ["a", "b", "c", "d"]
print(xs, len(xs))
xs[1:7] = [None]
print(xs, len(xs))
xs[:] = [1, 2, 3]
print(xs)
xs[len(xs):] = [4, 5]
print(xs)
xs[:0] = [-1, 0]
print(xs)
xs[3:3] = ["ins"]
print(xs)
xs[-2:] = []
print(xs)
xs[1:3] = "xyz"
print(xs)
xs[0:2] = (7, 8, 9)
print(xs)
xs[2:5] = range(3)
print(xs)
xs[100:200] = ["far"]
print(xs)
xs[-100:1] = ["near"]
print(xs)
xs[5:2] = ["odd"]
print(xs)
ys = [1, 2, 3]
alias = ys
ys[:] = [9, 9]
print(ys, alias)
ys[:] = ys + ys
print(ys, alias)
zs = [1, 2, 3, 4]
zs[1:3] = zs
print(zs)
