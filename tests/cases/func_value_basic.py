def f():
    return 1


def twice(x):
    return 2 * x


g = f
print(g())
h = twice
print(h(21), h("ab"), h(1.5))
sq = lambda x: x * x
print(sq(7), sq(2.5))
print((lambda a, b: a - b)(10, 3))
