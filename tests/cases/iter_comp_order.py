# Order of evaluation in comprehension iterables, conditions and elements.
def it(tag, xs):
    print("iter", tag)
    return xs

def cond(tag, x):
    print("  cond", tag, x)
    return x % 2 == 1

def elem(tag, x):
    print("  elem", tag, x)
    return x

print([elem("L", x) for x in it("A", [1, 2, 3]) if cond("c", x)])
print([elem("P", (a, b)) for a in it("outer", [1, 2]) for b in it("inner", [a, a + 10]) if cond("b", b)])
print({elem("k", x): elem("v", -x) for x in it("dict", [1, 2])})
print({elem("s", x) for x in it("set", [3, 3])})
print(sum(elem("sum", x) for x in it("gen", [1, 2, 3]) if cond("g", x)))
print(max(elem("max", x) for x in it("max-src", [1, 5, 2])))
print(sorted((elem("sorted", x) for x in it("sorted-src", [2, 1])), key=lambda v: -elem("key", v)))
print("".join(elem("join", c) for c in it("join-src", "abc") if c != "b"))
print(list(elem("list", x) for x in it("list-src", [1])))
print(tuple(elem("tuple", x) for x in it("tuple-src", [])), set(elem("set", x) for x in it("set-src", [0])))
print(dict((elem("dk", x), elem("dv", x * 2)) for x in it("dict-src", [1, 2])))
print(elem("left", 1) + sum(elem("g", x) for x in it("mid", [2])) + elem("right", 3))
