# __hash__ + __eq__ make instances usable as dict keys and set members.


class Coord:
    def __init__(self, r, c):
        self.r = r
        self.c = c

    def __eq__(self, other):
        if not isinstance(other, Coord):
            return NotImplemented
        return self.r == other.r and self.c == other.c

    def __hash__(self):
        return hash((self.r, self.c))

    def __repr__(self):
        return "(" + str(self.r) + "," + str(self.c) + ")"

    def neighbors(self):
        return [Coord(self.r - 1, self.c), Coord(self.r + 1, self.c), Coord(self.r, self.c - 1), Coord(self.r, self.c + 1)]


grid = {}
for r in range(3):
    for c in range(3):
        grid[Coord(r, c)] = r * 3 + c
print(len(grid))
print(grid[Coord(1, 1)], grid[Coord(2, 0)])
print(Coord(0, 2) in grid, Coord(5, 5) in grid)
print(grid.get(Coord(9, 9), "missing"))
grid[Coord(1, 1)] = "center"
print(len(grid), grid[Coord(1, 1)])

visited = set()
visited.add(Coord(0, 0))
visited.add(Coord(0, 0))
visited.add(Coord(1, 0))
print(len(visited))
print(Coord(1, 0) in visited, Coord(0, 1) in visited)

# BFS over a small grid using sets of Coord
start = Coord(0, 0)
frontier = [start]
dist = {start: 0}
while frontier:
    nxt = []
    for cell in frontier:
        for nb in cell.neighbors():
            if nb in grid and nb not in dist:
                dist[nb] = dist[cell] + 1
                nxt.append(nb)
    frontier = nxt
print(sorted([(k.r, k.c, v) for k, v in dist.items()]))

unique = set([Coord(1, 2), Coord(2, 1), Coord(1, 2), Coord(2, 1), Coord(3, 3)])
print(len(unique))
print(sorted([(p.r, p.c) for p in unique]))
print(hash(Coord(4, 5)) == hash(Coord(4, 5)))
print(hash(Coord(4, 5)) == hash((4, 5)))
counts = {}
for p in [Coord(1, 1), Coord(2, 2), Coord(1, 1), Coord(1, 1)]:
    counts[p] = counts.get(p, 0) + 1
print(counts)
print({Coord(0, 0): "a"} == {Coord(0, 0): "a"})
visited.discard(Coord(0, 0))
print(visited)
