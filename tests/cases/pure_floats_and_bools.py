def hyp(a: float, b: float) -> float:
    return (a * a + b * b) ** 0.5 if a > 0.0 else -1.0

def inv(x: float) -> float:
    return 1.0 / x

def both(p: bool, q: bool) -> bool:
    return (p and not q) or (q and not p)

def mixed(n: int, x: float) -> float:
    total = 0.0
    for i in range(n):
        total += x / (i + 1) - i // 3 + (i % -4)
    return total

print(hyp(3.0, 4.0), hyp(-1.0, 2.0))
print(inv(4.0), inv(-0.5), inv(1e-320))
print(both(True, False), both(True, True), both(False, False))
print(mixed(10, 2.5), mixed(0, 1.0), mixed(7, -1.5))
for k in range(-3, 4):
    print(k, k // -7, k % -7, -k // 7, (k * 7) % -3, 5.5 // k if k != 0 else "skip")
print(inv(0.0))
