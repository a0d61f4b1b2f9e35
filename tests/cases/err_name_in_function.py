def compute(n):
    if n > 2:
        return n + undefined_thing
    return n

print(compute(1))
print(compute(2))
print(compute(3))
