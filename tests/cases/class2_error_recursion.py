# Unbounded recursion through a method raises RecursionError.


class Walker:
    def __init__(self):
        self.steps = 0

    def walk(self, n):
        self.steps += 1
        return self.walk(n + 1) + 1


w = Walker()
print("start")
print(w.walk(0))
print("unreachable")
