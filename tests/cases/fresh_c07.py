# Gradebook with f-string tables
students = {
    "Ada": [92, 88, 95, 79],
    "Brendan": [65, 72, 58, 80],
    "Chidi": [88, 91, 85, 94],
    "Dolores": [45, 60, 52, 49],
    "Eleanor": [77, 77, 77, 77],
    "Fitzgerald": [100, 98, 99, 97],
}
WEIGHTS = [0.2, 0.2, 0.3, 0.3]
CUTOFFS = [(90, "A"), (80, "B"), (70, "C"), (60, "D")]


def weighted(scores):
    return sum(s * w for s, w in zip(scores, WEIGHTS))


def letter(avg):
    for cutoff, grade in CUTOFFS:
        if avg >= cutoff:
            return grade
    return "F"


def stddev(values):
    mean = sum(values) / len(values)
    return (sum((v - mean) ** 2 for v in values) / len(values)) ** 0.5


def median(values):
    s = sorted(values)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


header = f"{'Name':<12}|" + "|".join(f"{'T' + str(i + 1):>5}" for i in range(len(WEIGHTS))) + f"|{'Avg':>7}|{'Gr':^4}|"
print(header)
print("-" * len(header))
results = {}
for name, scores in students.items():
    avg = weighted(scores)
    results[name] = (avg, letter(avg))
    cells = "|".join(f"{s:>5d}" for s in scores)
    print(f"{name:<12}|{cells}|{avg:>7.2f}|{letter(avg):^4}|")
print("-" * len(header))
for i in range(len(WEIGHTS)):
    col = [scores[i] for scores in students.values()]
    print(f"T{i + 1}: mean={sum(col) / len(col):6.2f} median={median(col):6.1f} sd={stddev(col):6.3f} "
          f"range={min(col)}..{max(col)}")

ranking = sorted(results.items(), key=lambda kv: (-kv[1][0], kv[0]))
for pos, (name, (avg, g)) in enumerate(ranking, 1):
    bar = "#" * int(avg // 5)
    print("{:>2}) {:<11} {:<20} {:.1f}".format(pos, name, bar, avg))

dist = {}
for name, (avg, g) in results.items():
    dist.setdefault(g, []).append(name)
for g in "ABCDF":
    names = dist.get(g, [])
    print("%s: %d %s" % (g, len(names), ", ".join(sorted(names))))
improved = [n for n, s in students.items() if s[-1] > s[0]]
print("improved:", improved)
consistent = [n for n, s in students.items() if max(s) - min(s) <= 5]
print("consistent:", consistent, "passing all:", all(min(s) >= 50 for s in students.values()))
top_name, (top_avg, _) = ranking[0]
print(f"Top: {top_name} with {top_avg:.3f} ({top_avg / 100:.1%})")
