# `<` between instances of a class without __lt__.


class Item:
    def __init__(self, w):
        self.w = w


items = [Item(3), Item(1)]
print(sorted(items, key=lambda i: i.w)[0].w)
print(items[0].w < items[1].w)
print(items[0] < items[1])
print("unreachable")
