def hyp(a: float, b: float) -> float:
    return (a * a + b * b) ** 0.5

def mean3(a: float, b: float, c: float) -> float:
    return (a + b + c) / 3

def lerp(a: float, b: float, t: float) -> float:
    return a + (b - a) * t

print(hyp(3, 4), hyp(1.0, 1), hyp(0, 0))
print(mean3(1, 2, 3), mean3(1, 2, 4), mean3(0.1, 0.2, 0.3))
print(lerp(0, 10, 0.25), lerp(-1, 1, 0.5), lerp(5, 5, 100))
print(hyp(10 ** 10, 10 ** 10))
f: float = 3
print(f, f / 2, f // 2)
