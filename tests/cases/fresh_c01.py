# Inventory / order processing with dicts of lists
inventory = {
    "widget": {"price": 2.50, "stock": 120, "tags": ["small", "metal"]},
    "gadget": {"price": 12.99, "stock": 15, "tags": ["electronic"]},
    "doohickey": {"price": 0.75, "stock": 400, "tags": ["small", "plastic"]},
    "gizmo": {"price": 45.00, "stock": 3, "tags": ["electronic", "fragile"]},
}

orders = [
    ("alice", [("widget", 10), ("gizmo", 1)]),
    ("bob", [("doohickey", 50), ("gadget", 2), ("widget", 5)]),
    ("carol", [("gizmo", 5)]),
    ("dave", [("gadget", 20), ("unknown", 1)]),
    ("alice", [("doohickey", 25)]),
]


def process_order(customer, items):
    total = 0.0
    filled = []
    rejected = []
    for name, qty in items:
        if name not in inventory:
            rejected.append((name, "no such item"))
            continue
        entry = inventory[name]
        if entry["stock"] < qty:
            rejected.append((name, f"only {entry['stock']} left"))
            continue
        entry["stock"] -= qty
        cost = entry["price"] * qty
        total += cost
        filled.append((name, qty, cost))
    return total, filled, rejected


spent = {}
history = {}
for customer, items in orders:
    total, filled, rejected = process_order(customer, items)
    spent[customer] = spent.get(customer, 0.0) + total
    history.setdefault(customer, []).extend([n for n, _, _ in filled])
    print(f"Order for {customer}:")
    for name, qty, cost in filled:
        print(f"  {name:<10} x{qty:>3}  ${cost:>8.2f}")
    for name, why in rejected:
        print(f"  !! {name}: {why}")
    print(f"  {'TOTAL':<14}  ${total:>8.2f}")

print()
print("Remaining stock:")
for name in sorted(inventory, key=lambda n: (inventory[n]["stock"], n)):
    e = inventory[name]
    flag = "LOW" if e["stock"] < 10 else "ok"
    print(f"{name:>10}: {e['stock']:4d} [{flag}] tags={','.join(sorted(e['tags']))}")

by_tag = {}
for name, e in inventory.items():
    for t in e["tags"]:
        by_tag.setdefault(t, []).append(name)
for tag in sorted(by_tag):
    print(tag, "->", sorted(by_tag[tag]))

best = max(spent.items(), key=lambda kv: kv[1])
print("Top customer:", best[0], "%.2f" % best[1])
print("History:", {c: sorted(set(h)) for c, h in sorted(history.items())})
value = sum(e["price"] * e["stock"] for e in inventory.values())
print(f"Inventory value: {value:,.2f}")
