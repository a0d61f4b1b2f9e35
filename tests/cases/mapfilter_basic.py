def sq(x):
    return x * x

def odd(x):
    return x % 2 == 1

nums = [1, 2, 3, 4, 5, 6]
print(list(map(sq, nums)), list(filter(odd, nums)), list(map(str, nums)))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(filter(None, [0, 1, "", "a", [], [0]])))
print(sum(map(sq, range(10))), "-".join(map(str, range(5))), sorted(map(abs, [-3, 1, -2])))
print(list(map(int, "1 22 333".split())), dict(map(lambda w: (w, len(w)), ["ab", "c"])))
print(list(filter(lambda s: s.isupper(), "aBcDE")), max(map(len, ["a", "bbb", "cc"])))
m = map(sq, [7, 8])
print(next(m), list(m), list(m))
