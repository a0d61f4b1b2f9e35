# Minimal classes: empty bodies, pass, docstring only, and basic instance facts.


class Empty:
    pass


class Documented:
    """A class whose body is only a docstring."""


class WithObject(object):
    pass


a = Empty()
b = Empty()
d = Documented()
w = WithObject()

print(type(a).__name__)
print(type(d).__name__)
print(type(w).__name__)
print(Empty.__name__, Documented.__name__, WithObject.__name__)
print(Empty)
print(Documented)
print(WithObject)
print(a is b)
print(a is a)
print(a == b)
print(a != b)
print(a == a)
print(a != a)
print(repr(a).startswith("<__main__.Empty object at 0x"))
print(str(d).startswith("<__main__.Documented object at 0x"))
print(f"{w}".startswith("<__main__.WithObject object at 0x"))
print(isinstance(a, Empty))
print(isinstance(a, Documented))
print(isinstance(w, object))
print(type(a) is Empty)
print(type(a) is type(b))
print(type(a) == Documented)
print(bool(a))
if d:
    print("instances are truthy by default")
print(not w)
