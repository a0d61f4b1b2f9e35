# Class objects held in variables called with keyword arguments, callable
# instances with keywords, and mutable default arguments shared across calls.


class Shape:
    def __init__(self, name, sides=0, color="black"):
        self.name = name
        self.sides = sides
        self.color = color

    def __repr__(self):
        return self.name + "(" + str(self.sides) + "," + self.color + ")"


class Square(Shape):
    def __init__(self, size=1, color="red"):
        super().__init__("square", sides=4, color=color)
        self.size = size


factory = Shape
print(factory("tri", 3), factory(name="hex", sides=6), factory("dot", color="white"))
print(factory(color="blue", sides=5, name="pent"))
makers = {"shape": Shape, "square": Square}
print(makers["square"](color="green"), makers["square"](size=4).size)
print([cls(color="c") if cls is Square else cls("s", color="c") for cls in (Shape, Square)])
opts = {"color": "gold"}
print(Square(2, opts["color"]), Square(size=3, color=opts["color"]).size)


class Formatter:
    def __init__(self, sep=", ", end=""):
        self.sep = sep
        self.end = end
        self.used = 0

    def __call__(self, items, upper=False, sep=None):
        self.used += 1
        s = self.sep if sep is None else sep
        text = s.join([str(i) for i in items]) + self.end
        return text.upper() if upper else text


fmt = Formatter(end=".")
print(fmt(["a", "b"]), fmt(["a", "b"], upper=True), fmt(items=[1, 2], sep="-"))
print(fmt([3], True), fmt(sep="|", upper=True, items=["x", "y"]), fmt.used)
call = fmt
print(call([1, 2, 3], sep=""), Formatter(sep="+")(items=range(4)))
print(list(map(fmt, [["p"], ["q", "r"]])))


class Collector:
    def __init__(self, items=[]):
        self.items = items

    def add(self, x, into=[]):
        into.append(x)
        self.items.append(x)
        return into


c1 = Collector()
c2 = Collector()
c1.add(1)
c2.add(2)
print(c1.items, c2.items, c1.items is c2.items)
c3 = Collector([])
print(c3.add(3), c3.items, c1.items)
print(c3.add(4, into=[]), c3.add(5))


class Config:
    def __init__(self, debug=False, level=1, name="cfg"):
        self.debug = debug
        self.level = level
        self.name = name

    def replace(self, debug=None, level=None, name=None):
        return Config(self.debug if debug is None else debug,
                      level=self.level if level is None else level,
                      name=self.name if name is None else name)

    def __repr__(self):
        return "Config(debug=" + str(self.debug) + ", level=" + str(self.level) + ", name=" + self.name + ")"


base = Config()
print(base, base.replace(level=3), base.replace(name="x", debug=True))
print(Config(level=2).replace(debug=True).replace(level=9, name="z"), base)
