# range() arguments are evaluated once, left to right, whatever consumes the range.
def v(tag, x):
    print("arg", tag, x)
    return x

print([i for i in range(v("start", 1), v("stop", 4))])
for i in range(v("a", 0), v("b", 6), v("c", 2)):
    print("loop", i)
print(sum(i for i in range(v("n", 5))))
print(list(i * j for i in range(v("outer", 2)) for j in range(v("inner", 2))))
print(any(i > 1 for i in range(v("any", 10**18))))
for i, x in enumerate(range(v("e", 3)), v("s", 7)):
    print("enum", i, x)
for a, b in zip(range(v("z1", 2)), range(v("z2", 5))):
    print("zip", a, b)
