for f in [0.0, -0.0, 0.5, 1.5, -1.5, 0.1, 1e10, 1e20, 1e300, 2.0 ** 61, 2.0 ** 62, 3.14159, -2.5, 1e-300, float("inf"), float("-inf"), 123456789.125]:
    print(repr(f), hash(f))
print(hash(2.0) == hash(2), hash(1e20) == hash(10 ** 20), hash(2.0 ** 70) == hash(2 ** 70))
