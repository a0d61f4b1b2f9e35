# @property with setter and deleter, @staticmethod, @classmethod (bound to the
# class it is called through), and a property without a setter.
class Temp:
    scale = "C"

    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        print("set", v)
        self._c = v

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @staticmethod
    def convert(c, to="F"):
        return c * 9 / 5 + 32 if to == "F" else c

    @classmethod
    def freezing(cls):
        return cls(0)

    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None


class Sub(Temp):
    @classmethod
    def make(cls, c):
        return cls(c)


t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 37.5
print(t.celsius, t.fahrenheit)
print(Temp.convert(10), t.convert(20, to="C"), Temp.freezing().celsius)
s = Sub.make(5)
print(type(s).__name__, s.fahrenheit, type(Sub.freezing()).__name__)
del t.celsius
print(t._c)
print(type(Temp.celsius).__name__)
f = Temp.convert
print(f(1), Sub.make(2).celsius)
t.fahrenheit = 3
