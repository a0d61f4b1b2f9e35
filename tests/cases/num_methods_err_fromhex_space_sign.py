print(float.fromhex('- 0x1p3'))
