print(int.from_bytes(b'\x01', 'little'))
print(int.from_bytes(b'\x01', 'Big'))
