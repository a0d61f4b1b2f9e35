f = 1.5
print(f.hex(x=1))
