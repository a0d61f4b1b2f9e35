data = "héllo wörld".encode()
print(data, len(data), data.decode(), data[0], data[1:3], list(data[:3]))
b = b"spam, eggs, ham"
print(b.split(b", "), b.upper(), b.replace(b"eggs", b"toast"), b.find(b"eggs"), b"gg" in b)
print(bytes(3), bytes([65, 66, 67]), bytes.fromhex("de ad be ef"), b"\x00\xff".hex())
ba = bytearray(b"abc")
ba.append(100)
ba[0] = 65
ba += b"!!"
print(ba, len(ba), ba.decode(), bytes(ba), ba == b"Abcd!!")
print(repr(b"it's"), repr(b'say "hi"'), repr(b"both ' \""), b"\t\n\\")
print(hash(b"abc") == hash(b"abc"), b"abc" < b"abd", b"" == bytes(), isinstance(b"x", bytes), isinstance(ba, bytearray))
print("ascii".encode("ascii"), "naïve".encode("latin-1"), b"caf\xc3\xa9".decode("utf-8"))
for x in b"hi":
    print(x, end=" ")
print()
b"\xff\xfe".decode()
