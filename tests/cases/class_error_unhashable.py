# Defining __eq__ without __hash__ makes instances unhashable.


class P:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return self.x == other.x


a = P(1)
b = P(1)
print(a == b, a != b)
print([a] == [b])
s = set()
print(len(s))
s.add(a)
print("unreachable")
