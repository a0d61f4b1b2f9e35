t = int
print(t.from_bytes(b'\x01', 'big', signed=True))
print(t.from_bytes(b'\x01', order='big'))
