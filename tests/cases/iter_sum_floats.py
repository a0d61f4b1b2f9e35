# sum() of floats and of mixed int/float: CPython 3.11 adds left to right in plain doubles.
print(sum(x for x in [0.1] * 10))
print(sum(x for x in [0.1, 0.2, 0.3]), sum([0.3, 0.2, 0.1]))
print(sum(x for x in [1e16, 1.0, -1e16]))
print(sum(x for x in [1.0, 1e100, 1.0, -1e100]))
print(sum(x for x in [1, 2.5, 3]), sum(x for x in [1, 2, 3.0]), sum(x for x in [1.5, 2, 3]))
print(sum(x for x in [2**53, 1, 1.0]), sum(x for x in [2**53 + 1, 1.0]), sum(x for x in [1.0, 2**53 + 1]))
print(sum(x for x in [True, 0.5]), sum(x for x in [0.5, True, False]))
print(sum(x / 3 for x in range(10)))
print(sum(x * 0.5 for x in range(7)))
print(sum(float(x) for x in []), type(sum(float(x) for x in [])).__name__)
print(sum(x for x in [1.0]), type(sum(x for x in [1.0])).__name__)
print(sum(x for x in [2.5, -2.5]), sum(x for x in [1e308, 1e308]))
print(sum(x for x in [1e308, 1e308, -1e308]))
print(sum(x for x in [5e-324, 5e-324]), sum(x for x in [0.1, 0.7]))
print(sum(x for x in [1, 2**63, 0.5]))
vals = [1.1, 2.2, 3.3]
t = 0.0
for v in vals:
    t += v
print(t, sum(vals), t == sum(vals))
print(sum(x for x in [3, 1.5]) == 4.5, sum([10**17, 0.5]))
print(sum([1.0, 10**20]), sum([10**20, 1.0]))
