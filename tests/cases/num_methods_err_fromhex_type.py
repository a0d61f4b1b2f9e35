print(float.fromhex(b'0x1'))
