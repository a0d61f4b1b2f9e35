# Tuples of constants are constant objects, as CPython folds them: one
# object per distinct constant, made once; lists of constants copy one.
def pair() -> tuple:
    return (1, "two")


def other() -> tuple:
    return (1, "two")


print(pair() is pair(), pair() is other(), pair() == other())
t = (1, 2.5, "s", None, True, False, (3, -4, (b"x", -0.0)), 10**30, -(2**70), ~5, +2.0, -1.5)
print(t, len(t), t[6][2][1], hash(t) == hash((1, 2.5, "s", None, True, False, (3, -4, (b"x", -0.0)), 10**30, -(2**70), ~5, +2.0, -1.5)))
one = (1,)
true = (True,)
empty = ()
empty2 = ()
print((0.0,) == (-0.0,), repr((-0.0,)), one == true, one is true, empty is empty2)
for i in range(3):
    xs = [1, 2, 3, "a", (4, 5)]
    xs.append(i)
    four_five = (4, 5)
    print(xs, xs[4] is four_five)
n = 0
for k in range(100000):
    if k % 7 in (1, 3, 5):
        n += 1
print(n)
print(sorted((3, 1, 2)), list(reversed(("a", "b"))), dict([("k", 1), ("j", 2)]), set((1, 1, 2)))
