# splitlines (bytes split at \n, \r and \r\n only) and expandtabs.
cases = [
    b"", b"one", b"one\n", b"one\ntwo", b"one\r\ntwo\rthree\n", b"\n\n", b"\r\n\r\n",
    b"\r\r\n\n", b"a\x0bb\x0cc", b"a\x1cb\x1dc\x1ed", b"a\x85b", b"end\r", b"\n", b"x\n\ny",
]
for c in cases:
    print(c.splitlines(), c.splitlines(True), c.splitlines(False), bytearray(c).splitlines(1))
print(b"a\nb".splitlines(0), b"a\nb".splitlines(2), b"a\nb".splitlines(-1))
print("a\x0bb\x0cc\x1cd".splitlines(), b"a\x0bb\x0cc\x1cd".splitlines())
one = b"single"
print(one.splitlines()[0] is one, b"two\n".splitlines()[0])
print(type(bytearray(b"x\ny").splitlines()[1]).__name__)
tabs = [b"", b"\t", b"a\tb", b"ab\tc\td", b"abcdefgh\ti", b"x\ty\nab\tz", b"1\r2\t3", b"\t\t"]
for t in tabs:
    print(t.expandtabs(), t.expandtabs(4), t.expandtabs(0), t.expandtabs(-2), t.expandtabs(1), bytearray(t).expandtabs(3))
print(b"a\tb".expandtabs(True), b"\xe9\t!".expandtabs(2), len(b"\t".expandtabs(100)))
