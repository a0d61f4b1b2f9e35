for args in [(10, 0, -1), (10, 0, -3), (0, 10, -1), (-1, -10, -2), (-10, -1, 2), (5, 5, -1), (3, -3, -1)]:
    r = range(args[0], args[1], args[2])
    print(r, len(r), list(r), r[0] if r else None, r[-1] if r else None)
r = range(100, -100, -7)
print(len(r), r[0], r[-1], r.index(2), 2 in r, 3 in r, r.count(-96))
print(list(reversed(range(-5, 5, 2))), list(reversed(range(5, -5, -2))))
print(sum(range(-50, 50)), min(range(10, -10, -3)), max(range(10, -10, -3)))
