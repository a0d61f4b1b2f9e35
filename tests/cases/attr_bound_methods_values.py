d = b"abc".decode
u = bytearray(b"xy").upper
bl = (255).bit_length
ii = (2.5).is_integer
print(d(), u(), bl(), ii())
pieces = list(map(b"-".join, [[b"a", b"b"], [b"c"]]))
print(pieces)
print((7).to_bytes(2, "big"), (1.5).as_integer_ratio())
print(hasattr(True, "bit_length"), True.conjugate())
print(b"x".nope)
