def step(live):
    counts = {}
    for r, c in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    k = (r + dr, c + dc)
                    counts[k] = counts.get(k, 0) + 1
    return {p for p, n in counts.items() if n == 3 or (n == 2 and p in live)}

def show(live, h, w):
    for r in range(h):
        print("".join("#" if (r, c) in live else "." for c in range(w)))
    print()

glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
cur = glider
for gen in range(5):
    print("gen", gen, sorted(cur))
    show(cur, 6, 6)
    cur = step(cur)
blinker = {(1, 0), (1, 1), (1, 2)}
print(step(blinker) == {(0, 1), (1, 1), (2, 1)}, step(step(blinker)) == blinker)
