print((1).to_bytes(0 + 1))
print((1).to_bytes(-1))
