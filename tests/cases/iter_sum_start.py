# sum() with a start value (positional and keyword).
xs = [1, 2, 3]
print(sum((x for x in xs), 10), sum((x for x in xs), start=10))
print(sum((x for x in xs), 0.5), sum((x for x in xs), start=-0.5))
print(sum((x for x in []), 7), sum((x for x in []), 7.0), sum((x for x in []), -0.0))
print(sum((x for x in [0.25, 0.25]), 1), sum((x for x in [1, 2]), 1.0))
print(sum(([x] for x in xs), []), sum([[1], [2, 3]], []))
print(sum(((x,) for x in xs), ()), sum(((), ()), ()))
print(sum((x for x in xs), True), sum((x for x in [True]), 2**64))
print(sum([0.5], 2**63), sum([2**63], 0.5))
print(sum(range(5), -10), sum(range(5), start=2**100))
s = 100
for x in xs:
    s += x
print(s == sum(xs, 100))
print(sum((x for x in [1.0, 2.0]), 0), sum((x for x in [1, 2]), 0.0))
print(sum([[]], []), sum([[[1]]], []))
