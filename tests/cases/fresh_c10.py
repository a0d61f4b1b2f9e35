# Deduplication preserving order, and histogram printing with '*' bars
raw = """apple, Banana, cherry, apple , banana,date, Elderberry, fig,
cherry,grape , APPLE, fig, honeydew, kiwi, kiwi, lemon, mango, date"""


def dedupe(items):
    seen = set()
    out = []
    for it in items:
        if it not in seen:
            seen.add(it)
            out.append(it)
    return out


def dedupe_by(items, key):
    seen = set()
    out = []
    for it in items:
        k = key(it)
        if k not in seen:
            seen.add(k)
            out.append(it)
    return out


def histogram(counts, width):
    biggest = max(counts.values())
    label_w = max(len(k) for k in counts)
    lines = []
    for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        bar = "*" * max(1, round(v / biggest * width))
        lines.append(f"{k:>{label_w}} | {bar:<{width}} | {v}")
    return lines


items = [s.strip() for s in raw.replace("\n", "").split(",") if s.strip()]
print(len(items), "items:", items)
print("exact dedupe:", dedupe(items))
print("case-insensitive:", dedupe_by(items, lambda s: s.lower()))
print("dict.fromkeys:", list(dict.fromkeys(s.lower() for s in items)))
print("by first letter:", dedupe_by(items, lambda s: s[0].lower()))
print("by length:", dedupe_by(sorted(items, key=str.lower), len))

counts = {}
for s in items:
    key = s.lower()
    counts[key] = counts.get(key, 0) + 1
for line in histogram(counts, 12):
    print(line)

dupes = sorted(k for k, v in counts.items() if v > 1)
print("dupes:", dupes)
print("uniques:", ", ".join(k for k, v in counts.items() if v == 1))
lengths = {}
for s in dedupe([k for k in counts]):
    lengths[len(s)] = lengths.get(len(s), 0) + 1
for line in histogram({f"len{n}": c for n, c in sorted(lengths.items())}, 8):
    print(line)
data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4]
print(dedupe(data), sorted(set(data)), dedupe(data)[::-1][:3])
for value in range(1, 10):
    n = data.count(value)
    print(f"{value}: {'*' * n}{'' if n else '(none)'}")
