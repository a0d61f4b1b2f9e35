print(hex(0), hex(255), hex(-255), hex(4096))
print(bin(0), bin(5), bin(-5), bin(1023))
print(oct(0), oct(8), oct(-8), oct(511))
print(hex(2 ** 64), hex(-2 ** 63), bin(2 ** 70), oct(2 ** 65))
print(hex(9223372036854775807), hex(-9223372036854775808))
print(hex(True), bin(False))
n = 0xDEADBEEF
print(n, hex(n), oct(n))
print(0o777, 0b1111_0000, 1_000_000)
