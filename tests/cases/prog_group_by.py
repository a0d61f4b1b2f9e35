sales = [
    ("north", "apples", 120), ("south", "pears", 80), ("north", "pears", 45),
    ("east", "apples", 300), ("south", "apples", 60), ("north", "apples", 30),
    ("east", "plums", 12), ("south", "pears", 20), ("west", "plums", 99),
]
by_region = {}
for region, item, qty in sales:
    by_region.setdefault(region, []).append((item, qty))
for region, rows in by_region.items():
    print(region, rows)
totals = {}
for region, item, qty in sales:
    key = (region, item)
    totals[key] = totals.get(key, 0) + qty
print(totals)
for (region, item), qty in sorted(totals.items()):
    print(f"{region:<6} {item:<7} {qty:>5}")
per_item = {}
for (region, item), qty in totals.items():
    per_item.setdefault(item, {})[region] = qty
print(per_item)
regions = sorted({r for r, _, _ in sales})
print("item    " + "".join(f"{r:>7}" for r in regions))
for item in sorted(per_item):
    print(f"{item:<8}" + "".join(f"{per_item[item].get(r, 0):>7}" for r in regions))
best = max(per_item, key=lambda it: sum(per_item[it].values()))
print("best:", best, sum(per_item[best].values()))
