# An unexpected keyword argument passed to a class constructor.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(y=2, x=1)
print(p.x, p.y)
q = Point(1, z=2)
print("unreachable")
