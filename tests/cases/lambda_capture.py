def scale_all(xs, k):
    return sorted(xs, key=lambda x: x * k)


def by_weight(words):
    weights = {w: len(w) * 10 - ord(w[0]) for w in words}
    return sorted(words, key=lambda w: weights[w])


def compose(n):
    offset = n * 2
    f = lambda x: x + offset
    g = lambda y: f(y) * n
    return g(1), f(0)


print(scale_all([3, 1, 2], -1))
print(scale_all([3, 1, 2], 1))
print(by_weight(["pear", "fig", "banana", "kiwi", "apple"]))
print(compose(5))
pairs = [(1, "b"), (0, "c"), (1, "a"), (0, "a")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: (p[1], -p[0]), reverse=True))
print(max(pairs, key=lambda p: p[1]), min(["bb", "a", "ccc"], key=lambda s: len(s)))
