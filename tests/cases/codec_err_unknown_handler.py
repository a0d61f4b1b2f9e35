# an unknown error handler is looked up at the first error
print("abc".encode("ascii", "bogus"))
print("\u20ac".encode("ascii", "bogus"))
