print((0).to_bytes(0, 'little'))
print((1).to_bytes(0, 'little'))
