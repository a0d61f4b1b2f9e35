xs = [1, "two", 3.0, (4, 5), [6], None, True]
for probe in (1, "two", 3, 3.0, (4, 5), [6], None, False, "2", 6, (4,)):
    print(repr(probe), probe in xs, probe not in xs)
print(1 in [True], 0 in [False], 2 in [True], 1.0 in [1])
print("a" in ["abc"], "a" in "abc", ["a"] in [["a"]])
print([] in [[]], [] in [], () in [()])
nan = float("nan")
print(float("nan") in [nan], nan in [float("nan")])
hits = 0
for i in range(20):
    if i in [2, 3, 5, 7, 11, 13, 17, 19]:
        hits += 1
print(hits)
print(5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print("k" in {"k": 1}, 1 in {"k": 1}, 1 in {1, 2}, (1, 2) in {(1, 2)}, "x" in frozenset("xyz"))
