# sorted() on instances without __lt__.


class Box:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Box(" + str(self.n) + ")"


boxes = [Box(2), Box(1), Box(3)]
print(boxes)
print(sorted([Box(1)]))
print(sorted(boxes))
print("unreachable")
