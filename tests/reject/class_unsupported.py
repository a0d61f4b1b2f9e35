# Class features outside this release: each is reported, all in one run.
def deco(c):
    return c


@deco
class Decorated:
    pass


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


class A:
    pass


class B:
    pass


class Both(A, B):
    pass


class MyList(list):
    pass


class Body:
    x = 1
    y = x + 1
    for i in range(3):
        pass


if True:
    class Conditional:
        pass


def make():
    class Local:
        pass
    return Local


class UsesSuper(A):
    def m(self):
        return super().missing()


print(super().x)
