a: int = 3
b: int = 5
c: int = 5
print(a < b, a > b, a <= b, a >= b, a == b, a != b)
print(a < b <= c, a < b < c, a < b == c, c > b > a, 1 < 2 < 3 < 4 < 5)
print(a == 3 == 3.0, 0 == -0, 1 != 1.0)
print(-1 < 0 < 1, 5 > 3 < 4, 5 > 3 > 4)
print(a < b is not None)
print(9223372036854775807 < 9223372036854775808, -9223372036854775808 > -9223372036854775809)
x: int = 10
if 0 <= x < 10:
    print("digit")
elif 10 <= x < 100:
    print("two digits")
print(min(a, b, c), max(a, b, c))
