# isinstance walks the type's base chain: bool is an int, everything is an object.
values = [True, 0, 2**80, 1.0, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), range(1), None]
for v in values:
    print(repr(v), isinstance(v, int), isinstance(v, bool), isinstance(v, object),
          isinstance(v, (float, str)), isinstance(v, (list, tuple, dict)))
d = {"k": 1}
print(isinstance(d.keys(), object), isinstance(iter(d), object), isinstance(d.items(), (list, tuple)))
print(isinstance(False, (str, int)), isinstance(1, (bool, float)))
