# a code point past 0x10ffff
print("\U0010ffff".encode("utf-32-be"))
print(b"\x00\x11\x00\x00".decode("utf-32-be"))
