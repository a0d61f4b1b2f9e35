t = (3, 1, 4, 1, 5, 9, 2, 6)
print(t, len(t), t[0], t[-1], t[2:5], t[::-1], t[::3], t[-3:])
print(t.count(1), t.count(7), t.index(1), t.index(1, 2), t.index(5, -5), t.index(6, 0, 8))
print(t + (0,), (0,) + t[:2], t * 2 if len(t) < 5 else t[:2] * 3)
print(4 in t, 8 in t, (1, 5) in t, 9 not in t)
print(min(t), max(t), sum(t), sorted(t), tuple(sorted(t, reverse=True)))
u = t
t += (10,)
print(len(t), len(u), u == t[:-1])
a, b, c = t[:3]
print(a, b, c)
x = 1,
print(x, len(x), (), len(()), ((),), len(((),)))
pair = ("k", [1, 2])
pair[1].append(3)
print(pair)
nested = ((1, 2), (3, (4, 5)), ())
print(nested[1][1][0], nested[2], len(nested[2]), nested[0] + nested[1])
for item in nested:
    print(item, len(item))
