# Calling a method that does not exist.


class Robot:
    def __init__(self, name):
        self.name = name

    def walk(self, steps=1):
        return self.name + " walks " + str(steps)


r = Robot("r2")
print(r.walk())
print(r.walk(steps=3))
print(r.fly())
print("unreachable")
