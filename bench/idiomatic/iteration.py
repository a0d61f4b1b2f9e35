# Loops as people write them: enumerate, zip, dict.items(), unpacking.

def weighted(xs, ws):
    total = 0.0
    for x, w in zip(xs, ws):
        total += x * w
    return total


def positions(words):
    where = {}
    for i, w in enumerate(words):
        where[w] = i
    return where


def invert(d):
    out = {}
    for k, v in d.items():
        out[v] = k
    return out


xs = [i * 0.5 for i in range(2000)]
ws = [1.0 / (i + 1) for i in range(2000)]
words = [f"w{i % 700}" for i in range(2000)]
acc = 0.0
n = 0
for _ in range(1600):
    acc += weighted(xs, ws)
    d = positions(words)
    n += len(invert(d))
print(f"{acc:.6f}", n)
