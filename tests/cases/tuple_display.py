t = (1, "two", 3.0, None, True)
print(t, (), (1,), ((1, 2), (3,)), len(t), t[1], t[-1], t[1:3])
print(3.0 in t, "two" in t, 4 not in t, (1, 2) == (1, 2), (1, 2) < (1, 3), (2,) > (1, 99))
for x in (10, 20, 30):
    print(x * 2, end=" ")
print()
pair = divmod(-17, 5)
print(pair, pair == (-4, 3), (pair, pair))
print((1, 2) + (3,) if False else "skip", ("a", "b").index("b"), (1, 1, 2).count(1))
