r = range(10)
print(r, range(2, 8), range(0, 20, 5), range(5, 0, -1), range(0), range(-3, 3))
print(len(r), len(range(2, 8)), len(range(0, 20, 5)), len(range(5, 0, -1)), len(range(10, 0)), len(range(0, 10, -1)))
print(list(range(0, 20, 5)), list(range(5, 0, -1)), list(range(10, 0)), list(range(-3, 3)), list(range(1, 10, 4)))
print(r[0], r[-1], r[3], range(5, 0, -1)[0], range(5, 0, -1)[-1], range(0, 100, 7)[5])
print(r.start, r.stop, r.step, range(1, 9, 2).step, range(3).start)
print(r.count(3), r.count(10), r.index(7), range(0, 100, 5).index(45), range(10, 0, -2).index(4))
print(3 in r, 10 in r, -1 in r, 20 in range(0, 100, 5), 21 in range(0, 100, 5), 4 in range(10, 0, -2), 3.0 in r)
print(sum(range(101)), max(range(5)), min(range(5, 10)), sorted(range(3), reverse=True))
print(bool(range(0)), bool(range(1)), range(0) == range(5, 5), range(0, 3) == range(3))
total = 0
for i in range(3, 30, 3):
    total += i
print(total)
big = range(10 ** 20)
print(big.stop == 10 ** 20, big[-1], 10 ** 19 in big, big[10 ** 19])
