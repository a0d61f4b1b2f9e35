# %c takes an int in range(256) or one byte
print(b"%c%c" % (255, b"z"))
print(b"%c" % (256,))
