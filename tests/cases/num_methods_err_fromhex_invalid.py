print(float.fromhex('0x1p3'))
print(float.fromhex('0x1.8p'))
