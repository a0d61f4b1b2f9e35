# Floats, big ints and negative numbers stored in attributes and updated in methods.


class Account:
    def __init__(self, balance):
        self.balance = balance

    def grow(self, factor):
        self.balance = self.balance * factor
        return self.balance


a = Account(10 ** 20)
print(a.balance, a.grow(10 ** 15), type(a.balance).__name__)
a.balance += 1
print(a.balance)
a.balance = a.balance // 7
print(a.balance, a.balance % 1000)
a.balance = -a.balance
print(a.balance)
print(a.grow(-1), len(str(a.balance)))


class Physics:
    g = 9.80665
    c = 299792458
    tiny = 1e-300
    huge = 1.7976931348623157e308

    def __init__(self, mass):
        self.mass = mass

    def weight(self):
        return self.mass * self.g

    def energy(self):
        return self.mass * self.c ** 2


p = Physics(2.5)
print(p.weight(), p.energy())
heavy = Physics(10 ** 30)
print(heavy.energy())
print(heavy.weight())
print(Physics.tiny * Physics.tiny, Physics.huge * 10)
print(Physics.c ** 3, type(Physics.c ** 3).__name__)
p.mass = 0.1 + 0.2
print(p.mass, p.mass == 0.3, round(p.mass, 10))
p.mass = float("inf")
print(p.weight(), -p.weight())
p.mass = 1 / 3
print(p.mass, p.weight())


class Fact:
    def __init__(self):
        self.cache = [1]

    def get(self, n):
        while len(self.cache) <= n:
            self.cache.append(self.cache[-1] * len(self.cache))
        return self.cache[n]


f = Fact()
print(f.get(5), f.get(20), f.get(30))
print(f.get(50))
print(len(f.cache), f.get(50) // f.get(48))
