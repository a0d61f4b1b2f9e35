for t in [(), (0,), (1,), (1, 2), (2, 1), (1, 2, 3), ("a",), ("a", "b"), ((1, 2), 3), (1, (2, 3)), (0, -1), (-1,), (-2,), (1.5, 2), (2 ** 70, "x"), (True, False), (((),),)]:
    print(t, hash(t))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((1,)) == hash((True,)), hash(()) == hash(tuple()))
print(hash(tuple([1, 2, 3])) == hash((1, 2, 3)))
