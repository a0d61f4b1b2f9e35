# slice.indices with None, negative, out-of-range and huge bounds and steps.
slices = [slice(None), slice(1, 10, 2), slice(-3, None), slice(None, -3), slice(None, None, -1), slice(10, -10, -1),
          slice(-100, 100), slice(100, -100, -3), slice(2, 2), slice(5, 1), slice(None, None, 3), slice(True, None),
          slice(False, True, True), slice(-1, -2, -1), slice(2**100, -(2**100)), slice(-(2**100), 2**100, 2**80),
          slice(2**100, -(2**100), -(2**80)), slice(3)]
for s in slices:
    for n in [0, 1, 5, 10, True]:
        print(s, n, s.indices(n))
print(slice(-100, 100).indices(2**100), slice(None, None, -1).indices(2**70))
s = slice(1, None, 2)
t = s.indices(7)
print(t, list(range(t[0], t[1], t[2])), [0, 1, 2, 3, 4, 5, 6][s])
for n in range(4):
    print(n, slice(None, None, -2).indices(n), slice(-2, None).indices(n))
