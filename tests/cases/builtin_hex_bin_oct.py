for n in range(-3, 20, 4):
    print(n, hex(n), bin(n), oct(n))
print(hex(2 ** 32 - 1), bin(2 ** 16), oct(2 ** 9))
print(hex(-2 ** 64 - 1), bin(-1), oct(-(2 ** 66)))
print(int(hex(12345), 16), int(bin(12345), 0), int(oct(12345), 8), int(oct(-99), 0))
