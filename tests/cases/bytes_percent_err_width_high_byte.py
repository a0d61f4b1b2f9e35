# after a width the format byte is read unsigned
print(b"%5\xff" % (1,))
