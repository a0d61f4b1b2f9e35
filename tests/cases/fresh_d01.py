# A program written after the features, not tuned for (session 8).
from typing import Optional


def parse_kv(line: str) -> tuple[str, int]:
    key, _, value = line.partition("=")
    return key.strip(), int(value.strip() or "0")

def group(items: list[tuple[str, int]]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for k, v in items:
        out.setdefault(k, []).append(v)
    return out

lines = ["a = 1", "b=2", " a=3 ", "c =", "b = 10"]
pairs = [parse_kv(l) for l in lines]
print(pairs)
g = group(pairs)
for k in sorted(g):
    vals = g[k]
    print(f"{k:<3}|{sum(vals):>4}|{max(vals)}|{vals!r}")
print({k: len(v) for k, v in g.items()})
inv = {v: k for k, vs in g.items() for v in vs}
print(sorted(inv.items(), key=lambda kv: (kv[1], -kv[0])))
best: Optional[str] = None
for k, vs in g.items():
    if best is None or sum(vs) > sum(g[best]):
        best = k
print(best)
matrix = [[i * j for j in range(4)] for i in range(3)]
print(matrix, list(zip(*matrix)))
flat = [x for row in matrix for x in row if x % 2 == 0]
print(flat, sorted(set(flat), reverse=True))
print("".join(reversed("stressed")), "abc"[::-1], list(range(10))[-3:])
