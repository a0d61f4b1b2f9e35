# Comprehensions over dict views while the dict is updated in place (no size change),
# then popped (size change: RuntimeError).
d = {"a": 1, "b": 2, "c": 3}
def bump(k):
    d[k] = d[k] * 10
    return k
print([bump(k) for k, v in d.items() if v > 1], d)
print([v for v in d.values()], sum(v for k, v in d.items() if k != "a"))
def drop(k):
    print("drop", k)
    d.pop("c", None)
    return k
print([drop(k) for k in d])
