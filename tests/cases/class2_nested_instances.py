# Instances holding other instances in lists; attributes replaced many times.


class Item:
    def __init__(self, name, weight):
        self.name = name
        self.weight = weight

    def __repr__(self):
        return self.name + "/" + str(self.weight)


class Box:
    def __init__(self, label):
        self.label = label
        self.items = []
        self.boxes = []
        self.parent = None

    def put(self, thing):
        if isinstance(thing, Box):
            thing.parent = self
            self.boxes.append(thing)
        else:
            self.items.append(thing)
        return self

    def weight(self):
        w = 0
        for it in self.items:
            w += it.weight
        for b in self.boxes:
            w += b.weight()
        return w

    def path(self):
        if self.parent is None:
            return self.label
        return self.parent.path() + "/" + self.label

    def all_items(self):
        out = list(self.items)
        for b in self.boxes:
            out.extend(b.all_items())
        return out


house = Box("house")
kitchen = Box("kitchen")
drawer = Box("drawer")
house.put(kitchen).put(Item("rug", 12))
kitchen.put(drawer).put(Item("pan", 3)).put(Item("pot", 4))
drawer.put(Item("fork", 1)).put(Item("knife", 1))
print(house.weight(), kitchen.weight(), drawer.weight())
print(drawer.path(), kitchen.path())
print(house.all_items())
print([b.label for b in house.boxes], drawer.parent.parent is house)

# move the drawer: items are shared objects, not copies
kitchen.boxes.remove(drawer)
house.put(drawer)
print(drawer.path(), kitchen.weight(), house.weight())
fork = drawer.items[0]
fork.weight = 50
print(house.weight(), house.all_items()[-2:])


class State:
    def __init__(self):
        self.current = Item("start", 0)
        self.history = []


s = State()
for i in range(100000):
    s.current = Item("i" + str(i), i)
    if i % 20000 == 0:
        s.history.append(s.current)
print(s.current, s.history)
for i in range(10000):
    if i % 3 == 0:
        s.value = i
    elif i % 3 == 1:
        s.value = str(i)
    else:
        s.value = [i, Item("x", i)]
print(s.value)
s.value = None
print(s.value)

grid = [[Item(str(r) + str(c), r * c) for c in range(4)] for r in range(3)]
print(grid[2][3], sum([it.weight for row in grid for it in row]))
for row in grid:
    for j in range(len(row)):
        row[j] = Item(row[j].name + "'", row[j].weight + 1)
print(grid[0], grid[2][-1])
boxes = [Box("b" + str(i)) for i in range(5)]
for i in range(1, 5):
    boxes[i - 1].put(boxes[i])
boxes[4].put(Item("coin", 1))
print(boxes[4].path(), boxes[0].weight(), len(boxes[0].all_items()))
