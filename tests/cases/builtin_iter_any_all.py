for xs in [[], [0], [1], [0, 1], [1, 1], [None], ["", "a"], [[], [1]], [0.0], [float("nan")]]:
    print(repr(xs), any(xs), all(xs))
print(any("abc"), all(""), any(""), all("x"), any(range(0)), all(range(1, 5)), all(range(0, 5)))
print(any({0: 1}), any({1: 0}), all({0, 1}), all(set()), any({""}), all((1, "a", [0])))
print(any(x > 5 for x in range(5)), any(x > 3 for x in range(5)), all(x < 5 for x in range(5)))
words = ["molt", "rust", "python"]
print(all(len(w) >= 4 for w in words), any(w.startswith("p") for w in words), all(w.islower() for w in words))
print(any([[], (), {}, set(), "", 0, 0.0, False, None]), all([[0], (0,), {0: 0}, {0}, "0", 1, 0.1, True]))
