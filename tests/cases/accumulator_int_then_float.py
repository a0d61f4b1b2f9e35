def dot(xs, ys):
    total = 0
    for x, y in zip(xs, ys):
        total += x * y
    return total
print(dot([1.5, 2.0], [2.0, 4.0]), dot([], []), dot([1.0], [-0.0]))
def mean(xs):
    s = 0
    n = 0
    for x in xs:
        s += x * 1.0
        n += 1
    print(s, type(s).__name__)
    return s / n if n else s
print(mean([1.0, 2.0, 4.0]), mean([]))
def reset():
    acc = 0
    out = []
    for i in range(3):
        acc = 0
        for j in range(i):
            acc += j * 0.5
        out.append(acc)
        print(acc, acc == 0, acc < 1, [acc])
    return out
print(reset())
def early():
    print(v)
    v = 0
    v += 1.5
early()
