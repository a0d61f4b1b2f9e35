print(int("101", 2), int("777", 8), int("ff", 16), int("zz", 36), int("10", 10))
print(int("0x_ff", 16), int("0b1_0", 0), int("0o_7", 0), int("-0xFF", 16), int(" 0b11 ", 2))
print(int("  +1a  ", 16), int("Z", 36), int("1" * 64, 2), int("f" * 20, 16))
print(int("12", 3), int("-1010", 2), int("9", 10), int("abc", 16))
for b in range(2, 37, 7):
    print(b, int("11", b))
