# capitalize / title / istitle / isascii (ASCII rules; bytes >= 0x80 are not letters).
samples = [
    b"", b"hello world", b"HELLO WORLD", b"hELLO wORLD", b"they're bill's",
    b"abc123def", b"1st 2nd", b"\xe9t\xe9 caf\xe9", b"a\xffb\x80c", b"_under_score",
    b"Hello World", b"Hello world", b"HeLLo", b"A", b"a", b"1", b"A1 B2", b"Ab\xe9Cd",
    b"  lead", b"\tTab\nNew", b"X Y Z", b"Xy Zw!", b"\x80", b"\x7f",
]
for s in samples:
    print(s.capitalize(), s.title(), s.istitle(), s.isascii(), s.swapcase())
    ba = bytearray(s)
    print(ba.capitalize(), ba.title(), ba.istitle(), ba.isascii())
print(b"abc".title().istitle(), b"\xc3\xa9l\xc3\xa8ve".title(), b"O'NEIL mcdonald".title())
print(b"AB".istitle(), b"Ab".istitle(), b"A b".istitle(), b"A B".istitle(), b"1A".istitle(), b"aA".istitle())
print(bytes(range(128)).isascii(), bytes(range(129)).isascii(), bytearray(b"\x00").isascii())
print(b"Hi There".upper(), b"Hi There".lower(), bytearray(b"mIxEd 9").swapcase())
print(b"x".isupper(), b"X1".isupper(), b"x1".islower(), b"\xe9".islower(), b"".isalpha())
