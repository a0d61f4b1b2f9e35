# The tuples dict.items() yields: kept ones stay intact while the loop goes on.
d = {"a": 1, "b": [2], "c": 3.5, "d": None}
kept = []
for t in d.items():
    kept.append(t)
print(kept)
pairs = list(d.items())
print(pairs, pairs[0] is pairs[1])
it = iter(d.items())
first = next(it)
second = next(it)
print(first, second, first == second)
for k, v in d.items():
    print(k, v)
last = None
for item in d.items():
    last = item
print(last)
snap = [(k, v) for k, v in d.items()]
print(snap, dict(d.items()) == d, sorted(d.items(), key=lambda kv: kv[0], reverse=True))
nested = {i: {j: j * i for j in range(3)} for i in range(3)}
print([(k, sorted(v.items())) for k, v in nested.items()])
