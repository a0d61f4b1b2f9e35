# Only __repr__ (str falls back to it) vs only __str__ (repr stays default).


class R:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "R<" + str(self.v) + ">"


class S:
    def __init__(self, v):
        self.v = v

    def __str__(self):
        return "S=" + str(self.v)


r = R(3)
s = S(4)
print(r)
print(str(r), repr(r))
print(f"{r} {r!r}")
print([r, R("x")])
print(s)
print(str(s))
print(f"{s}")
print(repr(s).startswith("<__main__.S object at 0x"))
print(f"{s!r}".startswith("<__main__.S object at 0x"))
print(str([s]).startswith("[<__main__.S object at 0x"))
print(type(s).__name__, type(r).__name__)


class SubR(R):
    pass


class SubS(S):
    def __repr__(self):
        return "SubS(" + repr(self.v) + ")"


print(SubR(5))
print([SubR(6)])
print(SubS("q"))
print(repr(SubS("q")))
print([SubS("q")])


class Nested:
    def __init__(self, children):
        self.children = children

    def __repr__(self):
        return "Nested(" + repr(self.children) + ")"


tree = Nested([R(1), Nested([R(2), R(3)]), Nested([])])
print(tree)
print(str(tree) == repr(tree))
