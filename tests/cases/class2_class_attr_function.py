# Functions stored as class attributes bind as methods; builtins and
# functions stored on instances do not.


def shout(self, suffix="!"):
    return self.name.upper() + suffix


def plain(x):
    return x * 2


def ident(x):
    return x


class Greeter:
    greet = shout
    twice = lambda self, n: self.name * n
    length = len
    kind = "greeter"

    def __init__(self, name):
        self.name = name


g = Greeter("bob")
print(g.greet())
print(g.greet("?"))
print(g.greet(suffix="..."))
print(g.twice(3))
print(Greeter.greet(g, "#"), Greeter.twice(g, 2))
print(g.length("abcd"))
print(Greeter.length([1, 2]))
g.helper = plain
print(g.helper(21))
g.lam = lambda a, b: a + b
print(g.lam(1, 2), g.lam(1, b=5))
Greeter.late = ident
print(g.late() is g)
Greeter.late2 = lambda self: self.name + "-late"
print(g.late2(), Greeter("amy").late2())
print(type(g.greet).__name__, type(g.helper).__name__)
print(type(Greeter.greet).__name__, Greeter.greet is shout)
print(g.greet == g.greet, g.helper is plain)

# an instance attribute shadows the class-level function and is not bound
h = Greeter("eve")
h.greet = shout
print(h.greet(h, "~"), g.greet("~"))
del h.greet
print(h.greet("~"))

# replacing the class attribute changes behaviour for every instance
Greeter.greet = lambda self, suffix: "hi " + self.name + suffix
print(g.greet(""), h.greet("!"))
Greeter.greet = ident
print(g.greet() is g, h.greet() is h)
ops = [Greeter.length, Greeter.length]
print([op(x) for op, x in zip(ops, ["xyz", [3.7]])])
