inventory = {
    "widget": {"qty": 120, "price": 2.5, "tags": ["metal", "small"]},
    "gadget": {"qty": 8, "price": 19.99, "tags": ["electronic"]},
    "doohickey": {"qty": 0, "price": 7.25, "tags": []},
    "thingamajig": {"qty": 42, "price": 0.99, "tags": ["plastic", "small", "cheap"]},
}
orders = [("widget", 20), ("gadget", 10), ("thingamajig", 2), ("widget", 100), ("sprocket", 1), ("gadget", 8)]
log = []
for name, n in orders:
    item = inventory.get(name)
    if item is None:
        log.append(f"unknown item {name!r}")
    elif item["qty"] >= n:
        item["qty"] -= n
        log.append(f"shipped {n:>3} x {name:<12} = {n * item['price']:>8.2f}")
    else:
        log.append(f"short   {n:>3} x {name:<12} (have {item['qty']})")
print("\n".join(log))
print(f"{'item':<12}|{'qty':>5}|{'price':>8}|{'value':>9}| tags")
print("-" * 12 + "+" + "-" * 5 + "+" + "-" * 8 + "+" + "-" * 9 + "+-----")
total = 0.0
for name in sorted(inventory, key=lambda k: -inventory[k]["qty"] * inventory[k]["price"]):
    it = inventory[name]
    value = it["qty"] * it["price"]
    total += value
    print(f"{name:<12}|{it['qty']:>5}|{it['price']:>8.2f}|{value:>9.2f}| {', '.join(it['tags']) or '-'}")
print(f"{'TOTAL':<12}|{sum(i['qty'] for i in inventory.values()):>5}|{'':>8}|{total:>9.2f}|")
tags = {}
for name, it in inventory.items():
    for t in it["tags"]:
        tags.setdefault(t, []).append(name)
print(tags)
print([n for n, it in inventory.items() if it["qty"] == 0])
