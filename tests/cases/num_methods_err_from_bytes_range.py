print(int.from_bytes([1, 2, 256], 'big'))
