# A program written after the features, not tuned for (session 8).
def neighbors(p: tuple[int, int]) -> list[tuple[int, int]]:
    x, y = p
    return [(x + dx, y + dy) for dx, dy in ((0, 1), (1, 0), (0, -1), (-1, 0))]

grid = ["#####", "#..E#", "#.#.#", "#S..#", "#####"]
start = end = (0, 0)
walls = set()
for y, row in enumerate(grid):
    for x, ch in enumerate(row):
        if ch == "#":
            walls.add((x, y))
        elif ch == "S":
            start = (x, y)
        elif ch == "E":
            end = (x, y)
dist = {start: 0}
frontier = [start]
while frontier:
    nxt = []
    for p in frontier:
        for q in neighbors(p):
            if q not in walls and q not in dist:
                dist[q] = dist[p] + 1
                nxt.append(q)
    frontier = nxt
print(dist[end], len(dist), sorted(dist.items())[:4])
d = {k: v for k, v in zip("abcdef", range(6))}
del d["b"]
d["z"] = 9
d.pop("d")
d["b"] = 1
print(d, list(d.items())[-2:], {v: k for k, v in d.items()})
pairs = [(1, "b"), (1, "a"), (0, "z"), (2, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), max(pairs), min(pairs, key=lambda p: (p[1], -p[0])))
s = {(1, 2), (2, 1), (1, 2)}
print(len(s), (2, 1) in s, sorted(s))
m = [[1, 2, 3], [4, 5, 6]]
t = [[row[i] for row in m] for i in range(3)]
print(t, [x for row in m for x in row if x % 2], sum(map(sum, m)))
print(f"{[1.5, 2.25]}", f"{(1, 'a')}", f"{ {'k': 0.1} }", str({1: [None, True]}))
words = "one two three two one two".split()
print({w: words.count(w) for w in sorted(set(words))}, sorted(set(words), key=words.index))
nums = [5, -3, 0, 12, -7]
print(sorted(nums, key=abs), sorted(nums, reverse=True), list(filter(lambda n: n > 0, nums)), [n * n for n in nums if n])
print(any(n > 10 for n in nums), all(n != 0 for n in nums), sum(n for n in nums if n < 0), max(nums, key=lambda n: -abs(n)))
