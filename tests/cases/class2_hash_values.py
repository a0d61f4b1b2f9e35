# __hash__ results: big ints, negatives, -1 -> -2; equal objects deduplicate.


class H:
    def __init__(self, h, tag):
        self.h = h
        self.tag = tag

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, H) and self.tag == other.tag

    def __repr__(self):
        return "H(" + self.tag + ")"


print(hash(H(5, "a")), hash(H(0, "a")), hash(H(-5, "a")))
print(hash(H(-1, "a")), hash(H(-2, "a")), hash(-1))
print(hash(H(2 ** 61 - 1, "a")), hash(H(2 ** 61, "a")), hash(H(2 ** 62, "a")))
print(hash(H(2 ** 63 - 1, "a")), hash(H(2 ** 63, "a")), hash(H(2 ** 100, "a")))
print(hash(H(-(2 ** 63), "a")), hash(H(-(2 ** 70), "a")), hash(H(-(2 ** 64) - 1, "a")))
print(hash(H(True, "a")), hash(H(False, "a")))
items = [H(1, "x"), H(2, "y"), H(1, "x"), H(3, "z"), H(2, "y"), H(-1, "w")]
print(list(dict.fromkeys(items)))
print(len(set(items)), sorted([h.tag for h in set(items)]))
print({H(3, "c"), H(1, "a"), H(2, "b"), H(1, "a")})
# same hash, different tags: both kept
collide = {H(7, "p"): 1, H(7, "q"): 2}
collide[H(7, "p")] = 10
print(collide, collide[H(7, "q")])
print(H(-1, "w") in set(items), H(-2, "w") in set(items), H(-1, "nope") in set(items))
d = {}
for i in range(20):
    d[H(i % 4 - 2, "k" + str(i % 5))] = i
print(len(d), sorted([(k.tag, v) for k, v in d.items()]))


class ByValue:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        if isinstance(other, ByValue):
            return self.v == other.v
        return self.v == other


print(hash(ByValue("s")) == hash("s"), hash(ByValue((1, 2))) == hash((1, 2)))
mixed = {ByValue(1): "obj"}
print(mixed.get(1), 1 in mixed, ByValue(1) in {1: "int"})
print({1: "a", ByValue(1): "b"})


class Plain:
    pass


o = Plain()
print(hash(o) == hash(o), len({o, o, Plain()}))
