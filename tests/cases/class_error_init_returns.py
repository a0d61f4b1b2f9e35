# __init__ returning a non-None value raises TypeError.


class Fine:
    def __init__(self, v):
        self.v = v
        return None


class Bad:
    def __init__(self, v):
        self.v = v
        return v * 2


f = Fine(3)
print("fine", f.v)
b = Bad(4)
print("unreachable")
