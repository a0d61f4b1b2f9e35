b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], list(b), b.upper(), b + b"!", b * 2)
print("héllo".encode(), "héllo".encode("utf-8").decode(), bytes([65, 66]), bytes(3), b"a,b".split(b","))
ba = bytearray(b"abc")
ba.append(100)
ba[0] = 65
print(ba, bytes(ba), ba.decode(), b"x" in b"xyz", b"ab" < b"b")
print(sorted(b"cab"), {b"k": 1}, hash(b"abc") == hash(b"abc"), b"abc".hex(), bytes.fromhex("4142"))
