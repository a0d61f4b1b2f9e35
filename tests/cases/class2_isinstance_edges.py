# isinstance with classes, mixed and nested tuples, and type(a) is type(b).


class A:
    pass


class B(A):
    pass


class C:
    pass


a = A()
b = B()
c = C()
print(isinstance(1, (str, A, int)), isinstance(b, (int, A)), isinstance("s", (A, C)))
print(isinstance(None, (type(None), A)), isinstance(c, (int, str, float)))
print(isinstance(True, (A, int)), isinstance(3.0, (int, C)), isinstance([], (list, A)))
print(isinstance(b, (C, (int, (A,)))), isinstance(a, ()), isinstance(a, (B,)))
print(type(a) is type(b), type(a) is type(A()), type(b) == B, type(b) != A)
kinds = [int, A, str, B, C, float]
values = [1, a, "x", b, c, 2.5]
for v in values:
    print(type(v).__name__, [k.__name__ for k in kinds if isinstance(v, k)])
print([isinstance(v, (A, int)) for v in values])
print([type(v) is B for v in values], [type(v) in (A, B) for v in values])
cls = b.__class__
print(cls is B, cls.__name__, isinstance(a, cls), isinstance(b, cls))
by_type = {}
for v in values + [B(), A()]:
    by_type[type(v)] = by_type.get(type(v), 0) + 1
print(sorted([(k.__name__, n) for k, n in by_type.items()]))
