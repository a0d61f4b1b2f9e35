xs = list(range(6))
big = 10 ** 30
print(xs[big:], xs[:big], xs[-big:], xs[:-big], xs[-big:big], xs[big:-big], xs[::big], xs[::-big])
print(xs[2 ** 63:], xs[-(2 ** 63):2], xs[2 ** 64 - 1:0:-1], xs[3:2 ** 100:2])
s = "hello"
print(s[big:], s[:big], s[-big:], s[::big], s[::-big], s[1:big:2])
print((1, 2, 3)[-big:big], range(10)[big:], range(10)[-big:3], list(range(10)[::-big]))
ys = list(range(5))
ys[big:] = ["end"]
ys[:-big] = ["start"]
print(ys)
del ys[big:]
del ys[-big:1]
print(ys)
ys.insert(2 ** 62, "i")
ys.insert(-(2 ** 62), "j")
print(ys, ys.index(1, -big, big), "hello".find("l", -big), "hello".count("l", 0, big))
print(range(big)[-1] == big - 1, range(0, big, 3)[-1], big - 1 in range(big), range(big)[big // 2:][0])
