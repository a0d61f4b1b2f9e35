# __getitem__ / __setitem__ with int and str keys.


class Grid:
    def __init__(self, width, height, fill=0):
        self.width = width
        self.height = height
        self.cells = [fill] * (width * height)

    def __getitem__(self, index):
        return self.cells[index]

    def __setitem__(self, index, value):
        self.cells[index] = value

    def __len__(self):
        return len(self.cells)

    def row(self, r):
        return [self[r * self.width + c] for c in range(self.width)]


g = Grid(3, 2)
print(len(g), g[0], g[5])
g[0] = 7
g[4] = "x"
g[-1] = 9
print(g.cells)
print(g.row(0), g.row(1))
for i in range(len(g)):
    g[i] = i * i
print(g.cells, g[-2])
g[2] += 100
print(g[2])


class Record:
    def __init__(self):
        self.fields = {}
        self.writes = 0

    def __getitem__(self, key):
        if key in self.fields:
            return self.fields[key]
        return "<none>"

    def __setitem__(self, key, value):
        self.writes += 1
        self.fields[key] = value


r = Record()
r["name"] = "ada"
r["year"] = 1815
r["year"] = r["year"] + 1
print(r["name"], r["year"], r["missing"])
print(r.writes, sorted(r.fields.keys()))
r["count"] = 0
for i in range(5):
    r["count"] += i
print(r["count"], r.writes)


class Mixed:
    def __init__(self):
        self.log = []

    def __getitem__(self, key):
        self.log.append(key)
        if isinstance(key, int):
            return key * 2
        return key.upper()


m = Mixed()
print(m[3], m["abc"], m[-4], m[""])
print(m.log)
