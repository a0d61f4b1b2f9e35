# A tiny inventory system: dict of Product instances, orders, restocking, reports.


class Product:
    def __init__(self, sku, name, price, stock=0):
        self.sku = sku
        self.name = name
        self.price = price
        self.stock = stock

    def value(self):
        return self.price * self.stock

    def __repr__(self):
        return self.sku + ":" + self.name + "(" + str(self.stock) + ")"


class Inventory:
    def __init__(self):
        self.products = {}
        self.history = []

    def add(self, product):
        self.products[product.sku] = product

    def __contains__(self, sku):
        return sku in self.products

    def __getitem__(self, sku):
        return self.products[sku]

    def __len__(self):
        return len(self.products)

    def order(self, sku, qty):
        if sku not in self:
            self.history.append(("unknown", sku, qty))
            return 0
        p = self[sku]
        sent = min(qty, p.stock)
        p.stock -= sent
        self.history.append(("order", sku, sent))
        return sent

    def restock(self, sku, qty):
        self[sku].stock += qty
        self.history.append(("restock", sku, qty))

    def low_stock(self, threshold=5):
        return sorted([p.sku for p in self.products.values() if p.stock < threshold])

    def total_value(self):
        total = 0
        for p in self.products.values():
            total += p.value()
        return total


inv = Inventory()
inv.add(Product("A1", "widget", 2.5, 10))
inv.add(Product("B2", "gadget", 10, 3))
inv.add(Product("C3", "doohickey", 0.75, 100))
inv.add(Product("D4", "thingamajig", 1999, 1))
print(len(inv), "A1" in inv, "Z9" in inv)
print(inv["B2"], inv["C3"].value())
print(inv.total_value())
print(inv.order("A1", 4), inv.order("B2", 5), inv.order("Z9", 1), inv.order("D4", 1))
print(inv.low_stock())
print(inv.low_stock(threshold=50))
inv.restock("B2", 20)
inv.restock("D4", 2)
print(sorted(inv.products.values(), key=lambda p: p.value()))
for h in inv.history:
    print(" ", h)
print(inv.total_value())
by_price = sorted(inv.products.values(), key=lambda p: -p.price)
print([p.name for p in by_price])
inv["C3"].price = 1
print(inv.total_value())
