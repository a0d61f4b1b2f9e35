a = {1, 2, 3, 4, 5, 6}
b = {4, 5, 6, 7, 8, 9}
print(a | b)
print(a & b)
print(a - b)
print(b - a)
print(a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([10, 11], (12,)), a.intersection(range(3, 10), [5, 6, 100]), a.difference([1], {2}))
print(a.symmetric_difference("ab") == a | {"a", "b"})
print(a, b)
print(a | set(), a & set(), set() - a, a ^ a, a - a)
c = {"x", "y", "z"}
d = {"y", "w"}
print(sorted(c | d), sorted(c & d), sorted(c - d), sorted(c ^ d))
e = {-5, -1, 0, 1, 5}
f = {-1, 1, 2, -2}
print(e | f, e & f, e - f, e ^ f)
print({1, 2} | {2, 3} | {3, 4}, ({1, 2, 3} & {2, 3, 4}) - {3})
print(frozenset({1, 2}) | {3}, {3} | frozenset({1, 2}))
