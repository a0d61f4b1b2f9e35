a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b, ~a, ~b)
print(-a & b, -a | b, -a ^ b, ~-a)
print(1 << 0, 1 << 10, 1 << 62, 1 << 63, 1 << 64, 1 << 100)
print(-1 << 63, -5 << 3)
print(1024 >> 3, 1023 >> 100, -1 >> 1, -1 >> 100, -7 >> 1, -8 >> 2)
print(5 & -1, 5 | -1, 5 ^ -1, 0 ^ 0)
print(~0, ~-1, ~9223372036854775807, ~-9223372036854775808)
n: int = 255
n &= 0x0F
print(n)
n |= 0x100
print(n)
n ^= 0x1FF
print(n)
n <<= 60
print(n)
n >>= 58
print(n)
print(0xFF & 0x0F | 0x30 ^ 0x03)
