# An instance of a class with __eq__ but no __hash__ used as a dict key.


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k


d = {}
d["plain"] = 1
print(d)
print(Key(1) == Key(1), Key(1) == 1)
d[Key(1)] = 2
print("unreachable")
