# __init__ with positional parameters, defaults and keyword arguments.


class Point:
    def __init__(self, x, y=0, label="p"):
        self.x = x
        self.y = y
        self.label = label


p1 = Point(3, 4)
p2 = Point(7)
p3 = Point(1, y=2)
p4 = Point(x=5, y=6, label="five")
p5 = Point(9, label="nine")
p6 = Point(label="kw", y=-1, x=0)

for p in [p1, p2, p3, p4, p5, p6]:
    print(p.label, p.x, p.y)

print(p1.x + p1.y)
print(p4.label.upper())
p2.y = p2.x * 10
print(p2.y)
p3.label = p3.label + "!"
print(p3.label)


class Config:
    def __init__(self, name, verbose=False, level=1, tags=None):
        self.name = name
        self.verbose = verbose
        self.level = level
        if tags is None:
            tags = []
        self.tags = tags


c1 = Config("alpha")
c2 = Config("beta", True)
c3 = Config("gamma", level=5, tags=["x", "y"])
c4 = Config("delta", tags=["z"], verbose=True)
for c in [c1, c2, c3, c4]:
    print(c.name, c.verbose, c.level, c.tags)
c1.tags.append("late")
print(c1.tags, c2.tags)
print(c1.tags is c2.tags)
