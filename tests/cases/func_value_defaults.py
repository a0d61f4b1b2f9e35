def scale(x, k=10, offset=0.5):
    return x * k + offset


def tag(s, prefix="<", suffix=">"):
    return prefix + s + suffix


f = scale
print(f(1), f(2, 3), f(2, 3, 4))
print(sorted([3, 1, 2], key=scale))
print(list(map(tag, ["a", "b"])))
print(list(map(tag, ["a", "b"], ["[", "("])))
g = tag
print(g("x", "", ""))
print(g())
