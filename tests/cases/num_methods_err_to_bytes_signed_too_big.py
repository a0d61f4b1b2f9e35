print((-128).to_bytes(1, 'big', signed=True))
print((128).to_bytes(1, 'big', signed=True))
