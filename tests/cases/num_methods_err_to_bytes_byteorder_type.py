n = 7
print(n.to_bytes(1, byteorder=None))
