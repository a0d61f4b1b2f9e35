# Comprehensions over ranges just below -2**63 right after comprehensions over small ranges.
print([i for i in range(-5, -1)])
print([i for i in range(-(2**63) - 1, -(2**63) + 2)])
print([j for j in range(-(2**63) - 1, -(2**63) + 2)])
print([i for i in range(-3)])
print([i for i in range(-(2**63) - 1, -(2**63) + 2)])
print([i for i in range(True, 4)])
print([i for i in range(-(2**63) - 1, -(2**63) + 2)])
print([i for i in range(2)], [i for i in range(2**63 + 1, 2**63 + 3)])
print(sum(i for i in range(2)), sum(i for i in range(-(2**63) - 1, -(2**63) + 2)))
print([k for k in range(3)], [k for k in range(-(2**63), -(2**63) - 3, -1)])
print([k * 2 for k in range(10, 12)], [k * 2 for k in range(2**63 - 1, 2**63 + 1)])
for k in range(3):
    pass
for k in range(-(2**63) - 1, -(2**63) + 2):
    print("loop", k)
def f():
    a = [i for i in range(2)]
    b = [i for i in range(-(2**63) - 2, -(2**63))]
    return a, b
print(f())
def g(n: int) -> list[int]:
    a = [i for i in range(n)]
    return a + [i for i in range(-(2**63) - n, -(2**63) + n)]
print(g(2))
print([i for i in range(-2, 2)], [i for i in range(-(2**64) - 1, -(2**64) + 1)])
print(max(i for i in range(3)), max(i for i in range(-(2**63) - 3, -(2**63) - 1)))
