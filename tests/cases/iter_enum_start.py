# enumerate with a start: positional, keyword, negative, bool, big.
xs = ["a", "b", "c"]
for i, x in enumerate(xs):
    print("default", i, x)
for i, x in enumerate(xs, 1):
    print("pos1", i, x)
for i, x in enumerate(xs, start=5):
    print("kw5", i, x)
for i, x in enumerate(xs, -2):
    print("neg", i, x)
for i, x in enumerate(xs, start=-1):
    print("kwneg", i, x)
for i, x in enumerate(xs, True):
    print("bool", i, type(i).__name__, x)
for i, x in enumerate(xs, 2**63 - 2):
    print("edge", i, x)
for i, x in enumerate(xs, -(2**63) - 1):
    print("lowedge", i, x)
for i, x in enumerate(xs, 10**30):
    print("big", i, x)
print(list(enumerate("hey", 100)))
print(list(enumerate(range(3), start=-10)))
s = 7
print([(i, x) for i, x in enumerate(xs, s)])
print([i * 2 for i, _ in enumerate(xs, start=s - 10)])
total = 0
for i, x in enumerate([10, 20, 30], 1):
    total += i * x
print("weighted", total)
