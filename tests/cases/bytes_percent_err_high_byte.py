# a format byte >= 0x80 read right after % is a negative C char in CPython
print(b"%c" % (0x80,))
print(b"%\x80" % (1,))
