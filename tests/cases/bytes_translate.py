# translate / maketrans (called on an instance) / hex with separators.
t = b"".maketrans(b"abc", b"xyz")
print(len(t), t[97:100], t[:3], t[255], type(t).__name__)
print(b"aabbcc dd".translate(t), b"aabbcc dd".translate(t, b"d "), b"abc".translate(None, b"b"))
print(b"abc".translate(None), b"abc".translate(None, b""), b"".translate(t, b"abc"))
ba = bytearray(b"hello world")
print(ba.translate(t), ba.translate(None, b"lo"), ba.translate(bytearray(t), bytearray(b"h")))
print(bytearray(b"").maketrans(b"\x00", b"\xff")[:2], type(ba.maketrans(b"", b"")).__name__)
rot = bytes(range(1, 256)) + b"\x00"
print(b"HAL".translate(rot), b"\xff\x00".translate(rot))
s = b"unchanged"
print(s.translate(None) is s, s.translate(None, b"q") is s, s.translate(t) is s, ba.translate(None) is ba)
up = b"".maketrans(b"abcdefghijklmnopqrstuvwxyz", b"ABCDEFGHIJKLMNOPQRSTUVWXYZ")
print(b"Hello, World".translate(up), b"x" .translate(up, b"x"))
d = b"\x01\x02\xab\xcd\xef"
print(d.hex(), d.hex(":"), d.hex(b"-"), d.hex(" ", 2), d.hex(" ", -2), d.hex("_", 0), d.hex(".", 5), d.hex(".", -6))
print(d.hex(":", 1), d.hex(":", 3), d.hex(":", -3), b"".hex(":"), b"\x00".hex("|", 4), bytearray(d).hex("/", 2))
print(bytes(range(16)).hex("\n", 8))
print(d.hex(":", True), d.hex(":", False))
