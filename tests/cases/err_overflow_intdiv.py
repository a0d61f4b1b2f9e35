def ratio(a: int, b: int) -> float:
    return a / b

print(ratio(10 ** 300, 1))
print(ratio(10 ** 400, 10 ** 100))
print(ratio(10 ** 400, 7))
