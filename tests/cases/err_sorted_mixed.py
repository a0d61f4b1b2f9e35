print(sorted([3, 1, 2]), sorted(["b", "a"]))
print(sorted([1, "a"]))
