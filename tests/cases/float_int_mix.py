def area(w: float, h: float) -> float:
    return w * h

def half(x: float) -> float:
    return x / 2

print(area(3, 4), area(2.5, 4), area(3, 0.5))
print(half(7), half(-7), half(0), half(1e300))
print(1 + 2.0, 3 * 1.5, 10 - 0.5, 2 ** 0.5, 7 // 2.0)
print(1 == 1.0, 2 < 2.5, 3 > 2.9999, -1 <= -1.0)
x: float = 0.5
x += 1
print(x)
x *= 4
print(x)
y = 3
y += 0.25
print(y)
total: float = 0
for i in range(5):
    total += i
print(total)
print(float(7) == 7, float(7) is not None)
