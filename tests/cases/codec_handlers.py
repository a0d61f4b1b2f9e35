# str.encode / bytes.decode with the utf-16, utf-32, latin-1, cp1252 and ascii
# codecs and the standard error handlers.
encs = ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
        "ascii", "latin-1", "cp1252", "UTF_16LE", "utf16", "u32", "Latin 1", "windows-1252", "us-ascii"]
texts = ["", "abc", "é€", "a\U0001f600b", "\x81\x8d", "Ÿœ", "\u20ad\u20adx\u20ad", "\xff\u0100"]
for e in encs:
    for t in texts:
        row = [t.encode(e, h) for h in ["ignore", "replace", "xmlcharrefreplace", "backslashreplace"]]
        print(e, ascii(t), row)
datas = [b"", b"abc", b"\xff\xfea\x00b", b"a\x00\x00\xd8b\x00", b"a\x00\x00\xdcb\x00",
         b"\x80\x81\x8d\xe2\x82", b"\xfe\xff\x00a\xd8\x00\x00b", b"\x00\x00\x11\x00a\x00\x00\x00\x00\xd8\x00\x00xy",
         b"\xff\xfe\x00\x00a\x00\x00\x00", b"\x00\x00\xfe\xff\x00\x00\x00a", b"\xed\xa0\x80", b"\xf0\x9f\x98"]
for e in encs:
    for d in datas:
        print(e, d, [ascii(d.decode(e, h)) for h in ["ignore", "replace", "backslashreplace"]])
print("é".encode("utf-8", "namereplace"), b"abc".decode("ascii", "surrogateescape"))
print("é".encode("latin-1", "surrogatepass"), b"\xc3\xa9".decode("utf-8", "surrogatepass"))
print("x".encode("ascii", "no-such-handler"), bytearray(b"\x80").decode("cp1252"))
print("a€".encode(encoding="cp1252"), b"\xff\xfe\x00\xd8\x00\xdc".decode(errors="strict", encoding="utf-16"))
