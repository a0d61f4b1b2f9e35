print(float.fromhex('0x1p99999999999999999999'))
