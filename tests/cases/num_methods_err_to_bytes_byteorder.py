print((1).to_bytes(2, 'little'))
print((1).to_bytes(2, 'middle'))
