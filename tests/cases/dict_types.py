d = {"a": 1, "b": 2}
d["c"] = 3
for k in d:
    print(k, d[k] + 1)
for k, v in d.items():
    print(k, v * 2)
print(list(d.values()), sorted(d.keys()), len(d))
print(d.get("a"), d.get("z"), d.get("z", 0), d.pop("c"), d)
e = {}
e[1] = [1.5]
e[2] = [2.5]
for k, lst in e.items():
    lst.append(k * 1.0)
print(e)
def untyped(m):
    m["x"] = "str value"
fn = untyped
f = {"a": 1.5}
fn(f)
print(f, [v for v in f.values()])
g = {i: i * i for i in range(5)}
print(sum(g.values()), max(g, key=lambda k: -k))
h = dict(a=1)
h2 = {**h, "b": 2}
print(h2)
counts = {}
for w in "the cat the hat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
sd = {}
sd.setdefault("k", []).append(3)
print(sd, sd.popitem(), sd)
c = g.copy()
c[99] = 0
print(c, g == c)
nested = {"p": ([1.0, 2.0], 3.0)}
for (r, m) in nested.values():
    r[0] += m
print(nested)
up = {1: 1}
up.update({2: "two"})
print(up, [v for v in up.values()])
