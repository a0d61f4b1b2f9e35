# __call__ makes instances callable.


class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    def __call__(self, x, scale=1):
        self.calls += 1
        return (x + self.n) * scale


add5 = Adder(5)
print(add5(1))
print(add5(10, 2))
print(add5(x=3, scale=10))
print(add5(0, scale=-1))
print(add5.calls)
print(list(map(add5, [1, 2, 3])))
print(add5.calls)
print(sorted([3, 1, 2], key=Adder(-10)))


class Polynomial:
    def __init__(self, coeffs):
        self.coeffs = coeffs

    def __call__(self, x):
        result = 0
        for c in self.coeffs:
            result = result * x + c
        return result

    def __repr__(self):
        return "Poly" + str(self.coeffs)


p = Polynomial([1, 0, -2])
print(p, [p(x) for x in range(-2, 3)])
q = Polynomial([2, 3, 0, 1])
print(q(10), q(0), q(-1), q(0.5))
big = Polynomial([1, 0, 0, 0, 0])
print(big(10 ** 6))


def apply_twice(f, x):
    return f(f(x))


print(apply_twice(add5, 0))
print(apply_twice(p, 3))


class Accumulator:
    def __init__(self):
        self.total = 0

    def __call__(self, amount):
        self.total += amount
        return self


acc = Accumulator()
acc(1)(2)(3)
print(acc.total)
print(acc(10) is acc, acc.total)
fs = [Adder(1), Polynomial([1, 1]), Adder(100)]
print([f(2) for f in fs])
