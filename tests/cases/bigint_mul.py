a: int = 123456789012345678901234567890
b: int = 987654321098765432109876543210
print(a * b)
print(a * -b, -a * -b)
print(a * a * a)
print(a + b, a - b, b - a)
c: int = 1
for i in range(1, 40):
    c *= 10 ** i + i
print(c)
print(c % 999999937)
print((a * b) // a == b, (a * b) % b)
print(99999999999999999999 * 99999999999999999999)
