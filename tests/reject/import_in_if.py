# An import inside a module-level if would bind only when the branch runs;
# Molt resolves module names at compile time, so it refuses it.
if True:
    import math
    print(math.sqrt(4.0))
if False:
    pass
else:
    from sys import argv
