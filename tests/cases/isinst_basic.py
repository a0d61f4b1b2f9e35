vals = [1, 1.5, "s", [1], (1,), {1: 1}, {1}, frozenset(), range(1), None, True]
for v in vals:
    print(repr(v), type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)), isinstance(v, (set, frozenset)))
print([type(x).__name__ for x in [{}.keys(), {}.values(), {}.items(), iter([]), reversed([]), zip(), enumerate([])]])
