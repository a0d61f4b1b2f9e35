for n in [0, 1, -1, -2, 2, 100, -100, 2 ** 31, 2 ** 32, 2 ** 60, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, 2 ** 64, -(2 ** 61), -(2 ** 61 - 1), 10 ** 20, -(10 ** 20), 10 ** 100, 3 ** 200]:
    print(n, hash(n))
print(hash(True), hash(False), hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(-0.0))
print(hash(-1) == hash(-2), hash(2 ** 61 - 1) == hash(0))
