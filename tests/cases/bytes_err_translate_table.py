table = b"".maketrans(b"a", b"b")
print(b"abc".translate(table))
b"abc".translate(table[:255])
