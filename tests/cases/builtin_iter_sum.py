print(sum([]), sum([1, 2, 3]), sum((1.5, 2.5)), sum(range(101)), sum([True, True, False]))
print(sum([1, 2], 10), sum([], 5), sum(range(5), -10), sum([0.1] * 10), sum([1, 2.5]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([[]], [0]))
print(sum([10 ** 20, 10 ** 20, -1]), sum([2 ** 64] * 4), sum(range(-10, 11)))
print(sum({1: "a", 2: "b"}), sum({5, 6}), sum({"a": 1, "b": 2}.values()))
print(sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]), sum([float("inf"), 1]))
print(sum([1], start=3), sum([[0]], start=[9]))
total = 0
for chunk in [[1, 2], [3], [], [4, 5, 6]]:
    total = sum(chunk, total)
    print(total, end=" ")
print()
