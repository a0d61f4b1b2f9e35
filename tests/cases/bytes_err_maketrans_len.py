print(len(b"".maketrans(b"ab", b"cd")))
b"".maketrans(b"ab", b"c")
