def ratio(a: float, b: float) -> float:
    return a / b

def spread(n: int) -> float:
    acc = 0.0
    for i in range(n):
        acc += ratio(1.0, 3.0 - i)
    return acc

print(spread(3))
print(spread(5))
