import math
print(math.isclose(1, 2, abs_tol=0.0))
print(math.isclose(1, 2, rel_tol=-1e-9))
