# A Fraction class: normalisation with math.gcd, arithmetic, comparisons, hashing.
import math


class Frac:
    def __init__(self, num, den=1):
        if den < 0:
            num = -num
            den = -den
        g = math.gcd(num, den)
        if g == 0:
            g = 1
        self.num = num // g
        self.den = den // g

    def __add__(self, other):
        if isinstance(other, int):
            other = Frac(other)
        if not isinstance(other, Frac):
            return NotImplemented
        return Frac(self.num * other.den + other.num * self.den, self.den * other.den)

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, int):
            other = Frac(other)
        return Frac(self.num * other.den - other.num * self.den, self.den * other.den)

    def __mul__(self, other):
        if isinstance(other, int):
            other = Frac(other)
        return Frac(self.num * other.num, self.den * other.den)

    def __rmul__(self, other):
        return self.__mul__(other)

    def __neg__(self):
        return Frac(-self.num, self.den)

    def __eq__(self, other):
        if isinstance(other, int):
            return self.den == 1 and self.num == other
        if not isinstance(other, Frac):
            return NotImplemented
        return self.num == other.num and self.den == other.den

    def __hash__(self):
        return hash((self.num, self.den))

    def __lt__(self, other):
        return self.num * other.den < other.num * self.den

    def __bool__(self):
        return self.num != 0

    def __repr__(self):
        return "Frac(" + str(self.num) + ", " + str(self.den) + ")"

    def __str__(self):
        if self.den == 1:
            return str(self.num)
        return str(self.num) + "/" + str(self.den)


half = Frac(1, 2)
third = Frac(1, 3)
print(half, third, repr(Frac(6, -8)))
print(half + third, half - third, half * third, -half)
print(half + 1, 1 + half, 2 * third, third * 3)
print(Frac(2, 4) == half, half == Frac(1, 3), third * 3 == 1, 1 == third * 3)
print(half != Frac(1, 2), half == "1/2")
print(bool(Frac(0, 5)), bool(half), not (half - half))
h = 0
for n in range(1, 11):
    h = h + Frac(1, n)
print("H10 =", h)
print(sum([Frac(1, 2 ** k) for k in range(1, 20)]))
fracs = [Frac(3, 4), Frac(1, 8), Frac(5, 6), Frac(-1, 2), Frac(2, 3)]
print(sorted(fracs))
print([str(f) for f in sorted(fracs, reverse=True)])
print(min(fracs), max(fracs))
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6), Frac(1, 3)}))
d = {Frac(1, 2): "half"}
print(d[Frac(50, 100)])
# Egyptian fraction expansion of 5/121 via greedy method
rem = Frac(5, 121)
parts = []
while rem:
    d_ = (rem.den + rem.num - 1) // rem.num
    parts.append(Frac(1, d_))
    rem = rem - Frac(1, d_)
print([str(p) for p in parts])
