# dict iteration in annotated and unannotated functions.
def total(d: dict[str, int]) -> int:
    t = 0
    for k, v in d.items():
        t += v * len(k)
    return t

def mean_values(d: dict[str, float]) -> float:
    s = 0.0
    n = 0
    for v in d.values():
        s += v
        n += 1
    return s / n if n else 0.0

def invert(d: dict[str, int]) -> dict[int, str]:
    out: dict[int, str] = {}
    for k, v in d.items():
        out[v] = k
    return out

def key_lengths(d: dict[str, int]) -> list[int]:
    return [len(k) for k in d.keys()]

def sum_gen(d: dict[int, float]) -> float:
    return sum(v * k for k, v in d.items())

print(total({"ab": 3, "c": -1, "": 99}), total({}))
print(mean_values({"x": 1.0, "y": 2.5}), mean_values({}), mean_values({"z": -0.0}))
print(invert({"a": 1, "b": 2, "c": 1}))
print(key_lengths({"one": 1, "three": 3}))
print(sum_gen({1: 0.5, 2: 0.25}), sum_gen({}))

def total_untyped(d):
    t = 0
    for k, v in d.items():
        t += v * len(k)
    return t

print(total_untyped({"ab": 3, "c": -1}), total_untyped({"x": 1.5}))
counts: dict[str, int] = {}
for w in "the cat the dog the end cat".split():
    counts[w] = counts.get(w, 0) + 1
for w, c in counts.items():
    print(w, c)
print(max(counts.items(), key=lambda kv: kv[1])[0])
