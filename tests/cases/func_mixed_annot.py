def poly(x, a: int, b: float = 0.5):
    return a * x * x + b

def to_int(x: float) -> int:
    return int(x)

def label(n: int, unit="item"):
    if n == 1:
        return str(n) + " " + unit
    return str(n) + " " + unit + "s"

print(poly(2, 3), poly(2.5, 1), poly(3, 2, 1), poly(1, 1, b=0))
print(to_int(3.99), to_int(-3.99), to_int(7))
print(label(1), label(5), label(2, "box"), label(n=1, unit="cat"))
