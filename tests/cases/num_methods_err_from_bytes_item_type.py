print(int.from_bytes([1, 2.0], 'big'))
