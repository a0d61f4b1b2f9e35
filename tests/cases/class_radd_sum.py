# __radd__ lets sum() start from 0; mixing instances and numbers.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return self.__add__(other)

    def __mul__(self, n):
        return Money(self.cents * n)

    def __rmul__(self, n):
        return Money(self.cents * n)

    def __repr__(self):
        return "$" + str(self.cents // 100) + "." + str(self.cents % 100).zfill(2)


prices = [Money(199), Money(250), Money(1), Money(10000)]
print(sum(prices))
print(sum(prices, Money(5)))
print(sum([]))
print(sum([Money(7)]))
print(Money(100) + 50, 50 + Money(100), 0 + Money(3))
print(Money(100) + Money(1))
print(3 * Money(333), Money(333) * 3)
print(sum([2 * p for p in prices]))
total = 0
for p in prices:
    total = total + p
    print(" running", total)
print(total)
print(type(sum(prices)).__name__)


class Weight:
    def __init__(self, kg):
        self.kg = kg

    def __radd__(self, other):
        return Weight(other + self.kg)

    def __add__(self, other):
        return Weight(self.kg + other.kg)

    def __repr__(self):
        return str(self.kg) + "kg"


ws = [Weight(1.5), Weight(2.25), Weight(0.25)]
print(sum(ws))
print(sum(ws, 10))
print(1.5 + Weight(1))
print(Weight(1) + Weight(2))
