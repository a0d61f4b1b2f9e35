print(range(0) == range(2, 2), range(0) == range(5, 0), range(1, 10, 3) == range(1, 11, 3))
print(range(1, 2) == range(1, 2, 5), range(3) == range(0, 3, 1), range(3) != range(4))
print(range(0, 10, 2) == range(0, 9, 2), range(5) == [0, 1, 2, 3, 4], list(range(5)) == [0, 1, 2, 3, 4])
print(hash(range(3)) == hash(range(0, 3)), hash(range(0)) == hash(range(4, 4)))
s = {range(3), range(0, 3, 1), range(1)}
print(len(s))
d = {range(2): "a"}
d[range(0, 2)] = "b"
print(d)
