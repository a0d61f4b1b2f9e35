# NaN semantics that do not depend on object identity (Molt keeps typed
# floats unboxed, so `x is y` for two float values is not preserved).
nan = float("nan")
xs = [nan, 1.0, nan]
print(xs, float("nan") in xs, xs.count(float("nan")))
print([float("nan")] == [float("nan")])
s = {float("nan"), float("nan")}
print(len(s))
print(nan == nan, nan != nan, nan < 1, nan > 1, [1, nan] < [1, 2])
print(max([1, nan, 3]), max([nan, 1, 3]), min([3, nan]), sorted([3, 1, 2]))
print(float("inf") in [float("inf")], [float("inf")] == [float("inf")])
print(round(2.5), round(-0.5), -0.0 == 0.0, str(-0.0), repr(float("-inf")))
