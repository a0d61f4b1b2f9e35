x = 5
assert x == 5
assert x > 0, "x must be positive"
assert True
assert "non-empty", "string is truthy"
def check(n: int) -> int:
    assert n >= 0, "negative"
    return n * 2
print(check(3), check(0))
print("all assertions passed")
