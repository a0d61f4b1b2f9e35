# __len__ returning a negative number is a ValueError.


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(len(Sized(3)), bool(Sized(0)))
s = Sized(-1)
print("made")
print(len(s))
print("unreachable")
