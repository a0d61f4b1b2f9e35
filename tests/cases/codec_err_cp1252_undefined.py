# cp1252 leaves five bytes undefined
print(b"\x80\x9f".decode("cp1252"))
print(b"ab\x8d".decode("cp1252"))
