d = {}
for n in [10, -3, 0, 7, 10 ** 25, -(10 ** 25), 2 ** 61 - 1, 2 ** 61, 2 ** 64]:
    d[n] = n % 7
print(d)
print(d[2 ** 61], d[-(10 ** 25)], 2 ** 63 in d, (2 ** 64) in d)
sq = {i: i * i for i in range(-3, 4)}
print(sq, sq[-3])
keys = list(sq.keys())
keys.sort(key=lambda k: sq[k])
print(keys)
e = {5: "a", 3: "b"}
e[4] = "c"
e[1] = "d"
print(e, sorted(e), sorted(e.items()))
big = {2 ** 100: "huge", -1: "minus", 2 ** 100 + 1: "huge1"}
print(big[2 ** 100], big[2 ** 100 + 1], big)
