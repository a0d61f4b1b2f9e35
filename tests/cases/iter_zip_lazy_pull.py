# zip pulls lazily and left to right; map() makes each pull visible.
def f(x):
    print("  pull f", x)
    return x

def g(x):
    print("  pull g", x)
    return x * 10

for a, b in zip(map(f, [1, 2, 3]), map(g, [1, 2])):
    print("body", a, b)
print("--")
for a, b in zip(map(f, [1]), map(g, [1, 2, 3])):
    print("body", a, b)
print("--")
print([a + b for a, b in zip(map(f, range(2)), map(g, range(5)))])
print("--")
print(sum(a * b for a, b in zip(map(f, [1, 2, 3]), map(g, [4]))))
print("--")
for i, v in enumerate(map(g, [7, 8])):
    print("enum body", i, v)
print("--")
print(any(x > 15 for x in map(g, [1, 2, 3])))
print(all(x < 15 for x in map(g, [1, 2, 3])))
print(min(map(f, [3, 1, 2])), max(map(f, [3, 1, 2]), key=lambda v: -v))
