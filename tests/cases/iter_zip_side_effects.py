# Order of evaluation: zip's argument producers and element pulls.
def make(tag, n):
    print("make", tag)
    return [tag + str(i) for i in range(n)]

def val(tag, x):
    print("  val", tag, x)
    return x

for a, b in zip(make("a", 2), make("b", 3)):
    print("body", a, b)

print([val("L", a) + val("R", b) for a, b in zip(make("x", 2), make("y", 2))])
print(sum(val("s", i) * j for i, j in zip(range(3), [10, 20, 30])))
print(list(zip(make("p", 1), make("q", 1), make("r", 0))))
r = dict(zip(make("k", 2), [val("v", i) for i in range(5)]))
print(r)
print(any(val("any", a) > val("any-b", b) for a, b in zip([1, 5, 2], [2, 3, 9])))
print(all(val("all", a) for a in zip(make("m", 3), make("n", 2))))
