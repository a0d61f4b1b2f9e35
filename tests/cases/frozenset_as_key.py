pairs = [("a", "b"), ("b", "a"), ("c", "d"), ("a", "c"), ("d", "c")]
counts = {}
for x, y in pairs:
    k = frozenset([x, y])
    counts[k] = counts.get(k, 0) + 1
print(counts)
for k, v in counts.items():
    print(sorted(k), v)
groups = set()
for w in ["listen", "silent", "enlist", "google", "gogole", "cat", "act"]:
    groups.add(frozenset(w))
print(len(groups))
print(sorted(sorted(g) for g in groups))
fs = frozenset([1, 2])
m = {fs: "one-two"}
print(m[frozenset([2, 1])], m.get(frozenset([1]), "none"), {1, 2} == fs)
