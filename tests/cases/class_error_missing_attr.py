# Reading a missing instance attribute raises AttributeError and ends the program.


class C:
    def __init__(self, x):
        self.x = x


c = C(1)
print("x =", c.x)
c.z = 3
print("z =", c.z)
print("about to read y")
print(c.y)
print("unreachable")
