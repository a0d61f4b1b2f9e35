print(int.from_bytes('ab', 'big'))
