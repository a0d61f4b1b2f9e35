xs = sorted([3, 1, 2])
assert xs == [1, 2, 3], xs
print("sorted ok")
assert xs == [3, 2, 1], f"bad order {xs}"
