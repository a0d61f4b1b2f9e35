# __bool__ must return a bool.


class Bad:
    def __init__(self, n):
        self.n = n

    def __bool__(self):
        return self.n


print("before")
print(bool(Bad(True)))
print(bool(Bad(1)))
print("unreachable")
