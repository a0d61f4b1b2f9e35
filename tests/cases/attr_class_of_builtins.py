# `x.__class__` is `type(x)` for every value.
print((5).__class__, "s".__class__, [].__class__, (1.5).__class__)
print(True.__class__ is bool, None.__class__.__name__, {}.__class__ is dict)


class C:
    pass


c = C()
print(c.__class__ is C, c.__class__.__name__, C().__class__)
