a = {1, 2, 3}
alias = a
a |= {4, 5}
print(a, alias)
a &= {2, 3, 4, 5, 6}
print(a, alias)
a -= {3}
print(a, alias)
a ^= {4, 10, 20}
print(a, alias)
a.update([7, 8], {9})
print(a)
a.intersection_update(range(5, 30))
print(a)
a.difference_update([10], (8,))
print(a)
a.symmetric_difference_update({9, 11})
print(a)
print(alias is a, alias == a)
b = a
b = b | {99}
print(a, b)
s = set("hello")
s |= set("world")
print(sorted(s), len(s))
s -= set("lo")
print(sorted(s))
fs = frozenset([1, 2])
fa = fs
fs |= {3}
print(fs, fa)
