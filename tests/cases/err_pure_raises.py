def ratio(a: int, b: int) -> int:
    return a * 10 // b

def walk(n: int) -> int:
    total = 0
    for i in range(n, -1, -1):
        total += ratio(100, i)
    return total

print(ratio(7, 2))
print(walk(5))
