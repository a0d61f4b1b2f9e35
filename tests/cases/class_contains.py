# __contains__ powers `in` / `not in`.


class Range:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    def __contains__(self, x):
        return self.lo <= x < self.hi

    def __repr__(self):
        return "Range(" + str(self.lo) + ", " + str(self.hi) + ")"


r = Range(10, 20)
for x in [5, 10, 15, 19, 20, 25, 12.5, -1]:
    print(x, x in r, x not in r)


class Vocabulary:
    def __init__(self, words):
        self.words = {}
        for w in words:
            self.words[w.lower()] = True
        self.queries = 0

    def __contains__(self, word):
        self.queries += 1
        return word.lower() in self.words


v = Vocabulary(["Apple", "banana", "Cherry"])
print("apple" in v, "APPLE" in v, "durian" in v, "Durian" not in v)
text = "I like Banana and cherry but not kiwi".split()
print([w for w in text if w in v])
print(v.queries)


class Odd:
    def __contains__(self, x):
        return x % 2 == 1


class Truthy:
    def __contains__(self, x):
        return x


o = Odd()
print([n for n in range(10) if n in o])
t = Truthy()
# the result of __contains__ is converted to bool
print(1 in t, 0 in t, "s" in t, "" in t, [] in t)
ranges = [Range(0, 5), Range(5, 10)]
print([i for i in range(12) if i in ranges[0] or i in ranges[1]])
print(ranges[0] in ranges, Range(0, 5) in ranges)
