def is_even(n: int) -> bool:
    return n % 2 == 0

def both(a: bool, b: bool) -> bool:
    return a and b

def count_true(n: int) -> int:
    c: int = 0
    for i in range(n):
        if is_even(i) or i % 3 == 0:
            c += 1
    return c

print(is_even(4), is_even(7), is_even(-2), is_even(0))
print(both(True, False), both(True, True), both(False, True))
print(count_true(30))
flag: bool = False
for i in range(5):
    flag = not flag
print(flag)
print(is_even(3) + is_even(4) * 10)
