print(float.fromhex('1', '2'))
