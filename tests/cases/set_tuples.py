pts = {(0, 0), (1, 2), (2, 1), (-1, -1), (10, 10)}
print(pts)
pts.add((3, 3))
pts.add((1, 2))
print(pts, len(pts))
moves = [(0, 1), (1, 0), (0, -1), (-1, 0)]
frontier = {(0, 0)}
seen = {(0, 0)}
for step in range(3):
    nxt = set()
    for x, y in frontier:
        for dx, dy in moves:
            p = (x + dx, y + dy)
            if p not in seen:
                seen.add(p)
                nxt.add(p)
    frontier = nxt
    print(step, len(frontier), sorted(frontier))
print(len(seen))
print({("a", 1), ("b", 2), ("a", 1)}, {(1,), (1, 2), ()})
edges = {(1, 2), (2, 3), (3, 1)}
rev = {(b, a) for a, b in edges}
print(rev, edges & rev, edges | rev == {(a, b) for a in range(1, 4) for b in range(1, 4) if a != b})
