words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "god", "odg", "bird", "inlets"]
groups = {}
for w in words:
    key = "".join(sorted(w))
    groups.setdefault(key, []).append(w)
print(groups)
for key, ws in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print(f"{key:<8} {len(ws)} {' '.join(sorted(ws))}")
sig = {}
for w in words:
    counts = {}
    for c in w:
        counts[c] = counts.get(c, 0) + 1
    k = tuple(sorted(counts.items()))
    sig.setdefault(k, set()).add(w)
print(len(sig), [sorted(v) for v in sig.values() if len(v) > 1])
print(sorted(w for w in words if sorted(w) == sorted("tinsel")))
