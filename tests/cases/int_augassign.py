x = 10
x += 5
print(x)
x -= 20
print(x)
x *= -3
print(x)
x //= 4
print(x)
x %= 5
print(x)
x **= 3
print(x)
x <<= 4
print(x)
x >>= 2
print(x)
x &= 0b11110
print(x)
x |= 1
print(x)
x ^= 0xFF
print(x)
x /= 4
print(x)
y: int = -17
y //= 5
print(y)
y %= -4
print(y)
