a = {1, 2}
b = {1, 2, 3}
c = {4}
print(a <= b, a < b, b <= b, b < b, b >= a, b > a, a > b)
print(a.issubset(b), a.issubset([1, 2]), b.issuperset(a), b.issuperset((1, 2, 3, 4)))
print(a.isdisjoint(c), a.isdisjoint(b), a.isdisjoint([]), set().isdisjoint(set()))
print(set() <= a, set() < set(), a == {2, 1}, a != b, {1, 2} == frozenset({1, 2}))
print({1} < {2}, {1} > {2}, {1} == {2})
print(a.issubset(range(5)), b.issuperset([]), b.issuperset("x"))
print({1.0, 2.0} == {1, 2}, {True, False} == {0, 1}, {0} <= {False})
print(sorted([{3}, {1}, {2}], key=lambda s: min(s)))
