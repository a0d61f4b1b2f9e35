# A program written after the features, not tuned for (session 8).
def histogram(values: list[int], width: int = 20) -> list[str]:
    if not values:
        return []
    top = max(values)
    rows = []
    for i, v in enumerate(values):
        bar = "#" * (v * width // top) if top else ""
        rows.append(f"{i:>3} {bar:<{width}} {v}")
    return rows

for r in histogram([3, 0, 7, 12, 5]):
    print(r)
print(histogram([]))
grid = [["." for _ in range(5)] for _ in range(3)]
grid[1][2] = "X"
grid[0][-1] = "O"
print("\n".join("".join(row) for row in grid))
pts = [(1, 2), (3, -1), (0, 0), (-2, 5)]
pts.sort(key=lambda p: p[0] ** 2 + p[1] ** 2)
print(pts, sorted(pts, key=lambda p: (p[1], -p[0])))
xs = list(range(20))
del xs[::3]
xs[2:5] = ["a", "b"]
print(xs, xs[-1:-6:-2], len(xs))
d = {}
for i in range(10):
    d.setdefault(i % 3, []).append(i)
print(d, {k: sum(v) for k, v in sorted(d.items(), reverse=True)})
s = "Mississippi"
print(s.count("ss"), s.find("ss", 3), s.rfind("s"), s.replace("ss", "SS", 1), s.split("s"), s.rsplit("s", 2))
print(s.partition("ss"), s.rpartition("ss"), s.title(), s.swapcase(), s.center(15, "*"), s.zfill(14))
print("%5.1f|%-6s|%03d|%x|%r" % (3.14159, "ab", 7, 255, "q"))
print("{:>10.3f}|{:<8,}|{:^9}|{:+d}".format(2.71828, 1234567, "mid", 5))
print(f"{0.1 + 0.2}", f"{1e16}", f"{1/3:.10g}", f"{-0.0}", f"{2**0.5:10.4e}")
print(round(2.5), round(3.5), round(-2.5), round(1.23456, 2), int("  42 "), float("1e-3"), int("ff", 16))
