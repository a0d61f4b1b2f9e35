# len() of an instance whose class has no __len__.


class Sack:
    def __init__(self):
        self.items = [1, 2, 3]

    def size(self):
        return len(self.items)


s = Sack()
print(s.size(), len(s.items))
print(bool(s))
print(len(s))
print("unreachable")
