# repr() and len() dispatch through each type's slots.
d = {1: "a", (2, 3): [4.5, None, True]}
print(repr(d), repr(d.keys()), repr(d.values()), repr(d.items()))
print(repr((1,)), repr(()), repr([1, [2, (3,)]]), repr({1, 2}), repr(frozenset({3})), repr(set()))
print(repr(range(0, 10, 3)), repr(b"a\x00"), repr(bytearray(b"xy")), repr(slice(1, None, 2)))
print(repr(int), repr(type(None)), repr(type(d.keys())))
print(len("héllo"), len((1, 2)), len([1]), len(d), len({1}), len(d.items()), len(d.values()))
print(len(range(10**3)), len(range(5, -5, -2)), len(b"ab"), len(bytearray(3)), len(frozenset()))
print(repr(10**30), repr(-5), repr(1.5e300), repr(float("inf")), repr(True), repr(None))
x = []
x.append(x)
print(repr(x), repr([x, (x,)]))
print(repr("a'b\"c"), ascii("é"), str(12), str([1.0]))
print(len(5))
