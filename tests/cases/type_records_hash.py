# hash() dispatches through the type's hash slot (inherited from object when unset).
d = {1: 2}
for v in [1, -1, 2**70, True, False, 1.5, float("inf"), "abc", (1, "a"), frozenset({1, 2}), range(3), b"xy", None]:
    print(repr(v), hash(v) if v is not None else "-")
for v in [[1], {1: 2}, {1}, bytearray(b"a"), d.keys(), d.items(), slice(1)]:
    print(type(v).__name__)
print(hash(d.values()) != 0)
print({(1, 2): 3, frozenset(): 4, range(2): 5})
print(len({1.0, 1, True, 2**70, 2.0**70}))
