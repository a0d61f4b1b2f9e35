# Keyword arguments of bytes methods, and the class methods bytes.maketrans,
# bytearray.maketrans and bytearray.fromhex.
b = b"a\nb\r\nc"
print(b.splitlines(keepends=True), bytearray(b).splitlines(keepends=False))
print(b"a\tb".expandtabs(tabsize=2), b"abcd".hex(sep=":"), b"abcd".hex(sep=":", bytes_per_sep=2), b"abcd".hex(bytes_per_sep=2, sep="-"))
print(b"ab".translate(None, delete=b"a"), bytes.maketrans(b"ab", b"xy"), bytearray.maketrans(b"a", b"z"), b"abc".translate(bytes.maketrans(b"ab", b"xy")))
print(bytearray.fromhex("de ad"), bytes.fromhex("beef"), b"x".decode(encoding="ascii"), b"a b".split(sep=None, maxsplit=1))
