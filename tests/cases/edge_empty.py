e = []
print(e[:], e[::-1], e[5:], e[-5:], len(e), sum(e), any(e), all(e), sorted(e), list(reversed(e)))
print(max(e, default="none"), min(e, default=0), [x for x in e], set(e), tuple(e), dict(e))
print("".join(e), ",".join([]), "".split(","), "".split(), "".splitlines(), "".partition("x"))
d = {}
print(d.get(1), list(d.items()), d.copy(), d | {}, dict.fromkeys(e), {k: v for k, v in d.items()})
s = set()
print(s | s, s & {1}, s - {1}, s ^ {1}, s <= {1}, s.issuperset(s), len(s), s == frozenset())
t = ()
print(t + t, t * 3, t[::-1], (t,), len((t,)), t == tuple(), t in [()], list(zip(t, t)))
r = range(0)
print(r, list(r), len(r), r[:], list(r[::-1]), 0 in r, sum(r))
for x in e:
    print("never")
else:
    print("for-else on empty")
e += []
e.extend(())
e[0:0] = []
del e[:]
print(e, e == [], [] * 10, [[]] * 2, [e] * 2)
print(str(e), repr(d), str(s), str(t), str(frozenset()))
