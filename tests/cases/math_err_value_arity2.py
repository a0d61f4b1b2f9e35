import math
fs = [math.atan2, math.isclose, math.perm]
print([g(1, 1) for g in fs])
print(fs[0](1))
