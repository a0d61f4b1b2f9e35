# __repr__ and __str__ in print, str(), repr(), f-strings and containers.


class Money:
    def __init__(self, cents, currency="USD"):
        self.cents = cents
        self.currency = currency

    def __repr__(self):
        return "Money(" + str(self.cents) + ", " + repr(self.currency) + ")"

    def __str__(self):
        return str(self.cents // 100) + "." + str(self.cents % 100).zfill(2) + " " + self.currency


m = Money(1234)
e = Money(5, "EUR")
print(m)
print(e)
print(str(m))
print(repr(m))
print(f"{m}")
print(f"{m!r}")
print(f"total: {m} and {e!r}")
print("%s / %r" % (m, e))
print([m, e])
print((m,))
print({"a": m, "b": e})
print([[m], (e, m)])
print(str([m]))
print(len(repr(e)), len(str(e)))
print("x" + str(m) + "y")
print(m, e, sep=" | ")
print("{} and {!r}".format(m, e))
items = [Money(1), Money(250, "GBP"), Money(99999)]
for it in items:
    print(" ", it, "=", repr(it))
print(", ".join([str(it) for it in items]))
print(", ".join([repr(it) for it in items]))
