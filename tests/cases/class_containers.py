# Instances in lists, dicts and tuples; passed to and returned from functions.


class Item:
    def __init__(self, name, qty, price):
        self.name = name
        self.qty = qty
        self.price = price

    def cost(self):
        return self.qty * self.price

    def __repr__(self):
        return "Item(" + self.name + " x" + str(self.qty) + ")"


def make_items(names):
    out = []
    for i, n in enumerate(names):
        out.append(Item(n, i + 1, 2.5 * (i + 1)))
    return out


def most_expensive(items):
    best = items[0]
    for it in items:
        if it.cost() > best.cost():
            best = it
    return best


def restock(item, extra):
    item.qty += extra
    return item


def split(items, limit):
    cheap = []
    pricey = []
    for it in items:
        if it.cost() < limit:
            cheap.append(it)
        else:
            pricey.append(it)
    return cheap, pricey


items = make_items(["pen", "book", "lamp", "desk"])
print(items)
print([it.cost() for it in items])
top = most_expensive(items)
print(top, top.cost(), top is items[-1])
same = restock(items[0], 9)
print(same is items[0], items[0].qty, same.cost())
cheap, pricey = split(items, 20)
print(cheap, pricey)

by_name = {}
for it in items:
    by_name[it.name] = it
print(by_name)
by_name["book"].qty = 0
print(items[1].qty, by_name["book"].cost())
print(sorted(by_name.keys()))

pair = (items[0], items[2])
print(pair, pair[1].name)
first, second = pair
print(first.name, second.name)
nested = {"rows": [items[0], (items[1], items[2])], "one": items[3]}
print(nested)
print(nested["rows"][1][0].name)
copy = list(items)
copy.reverse()
print(copy, copy[0] is items[-1])
print(items.index(items[2]))
removed = items.pop(1)
print(removed, items)
print(len(items), items[-1] is nested["one"])
