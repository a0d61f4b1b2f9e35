# Membership in and iteration over set displays of constants inside loops,
# and displays used as values (each evaluation a fresh set).
def count(s):
    n = 0
    for ch in s:
        if ch in {"a", "e", "i", "o", "u"}:
            n += 1
    return n


print(count("the quick brown fox jumps over the lazy dog" * 50))
for v in {"x", "yy", "zzz"}:
    s = {"x", "yy", "zzz"}
    s.add(v * 2)
    print(len(s), sorted(s))
print([k for k in {10, 20, 30, 40, 50} if k in {20, 40, 60}])
