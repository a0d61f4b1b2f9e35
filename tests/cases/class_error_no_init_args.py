# A class without __init__ called with an argument: "C() takes no arguments".


class C:
    tag = "c"

    def hello(self):
        return "hello from " + self.tag


c = C()
print(c.hello())
print(type(c).__name__)
d = C(1)
print("unreachable")
