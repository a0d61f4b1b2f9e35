# Instances in f-strings (!r / !s / plain), str.format and %-formatting.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(" + repr(self.x) + ", " + repr(self.y) + ")"

    def __str__(self):
        return "(" + str(self.x) + ", " + str(self.y) + ")"


class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


class OnlyStr:
    def __str__(self):
        return "only-str"


p = Point(1, "a")
print(p)
print(repr(p), str(p))
print(f"{p}", f"{p!r}", f"{p!s}")
print(f"[{p!r}] and [{p}]")
print("{} | {!r} | {!s}".format(p, p, p))
print("{0} {0!r} {1}".format(p, OnlyRepr()))
print("{pt} {pt!r}".format(pt=p))
print("%s %r" % (p, p))
print("%s" % p, "%r" % OnlyRepr())
print("%s and %s" % (OnlyRepr(), OnlyStr()))
print(str(OnlyRepr()), repr(OnlyRepr()), OnlyRepr())
print(OnlyStr(), str(OnlyStr()), f"{OnlyStr()}")
print(repr(OnlyStr()).startswith("<__main__.OnlyStr object at 0x"))
print([p, OnlyRepr()], (p,), {"k": p})
print(str([p]), str((OnlyRepr(), 1)))
print(f"{[p, p]}", "{}".format({p.x: p}))
print(f"{p!r:>20}|", f"{str(p):<10}|", f"{repr(OnlyRepr()):*^14}")
print("{0.x} {0.y} {1[0]}".format(p, [p]))
print("x=" + str(p) + " r=" + repr(p))
items = [Point(i, i * i) for i in range(3)]
print(", ".join([str(q) for q in items]), ", ".join(map(repr, items)))
print("%-12s|%12s|" % (p, OnlyRepr()))
print(f"{p=}")
