def safe_div(a: int, b: int) -> int:
    assert b != 0, "divisor must be non-zero, got " + str(b)
    return a // b

print(safe_div(17, 5))
print(safe_div(-17, 5))
print(safe_div(10 ** 20, -3))
print(safe_div(1, 0))
