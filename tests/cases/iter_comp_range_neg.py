# Negative steps and empty ranges.
print([i for i in range(10, 0, -1)])
print([i for i in range(10, 0, -3)])
print([i for i in range(0, 10, -1)])
print([i for i in range(5, 5, -1)])
print([i for i in range(-1, -10, -4)])
print([i for i in range(3, -4, -2)])
print([i for i in range(0, -1, -1)])
print([i for i in range(1, 0, -(2**64))])
print([i for i in range(2**63, 2**63 - 3, -1)])
print([i for i in range(-(2**63) + 1, -(2**63) - 2, -1)])
print(list(reversed(range(4))), [i for i in reversed(range(1, 10, 3))])
print(sum(i for i in range(100, 0, -7)), min(range(9, 0, -2)), max(range(9, 0, -2)))
for i in range(-2, 2):
    print("across zero", i)
for i in range(2, -2, -1):
    print("back across zero", i)
print([i for i in range(5, 0, -1) if i % 2])
lo, hi = 3, 1
print([i for i in range(lo, hi)], [i for i in range(hi, lo)], [i for i in range(lo, hi, -1)])
print(len(range(10, 0, -3)), len(range(0, 10, -3)), len(range(-5)))
empty = range(0)
print([x for x in empty], list(empty), sum(empty), any(empty), all(empty))
def down(n: int) -> list[int]:
    return [i for i in range(n, -1, -1)]
print(down(5), down(0), down(-1))
