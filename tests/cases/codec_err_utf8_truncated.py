# utf-8 decoding of a truncated sequence
print(b"\xe2\x82\xac".decode())
print(b"a\xe2\x82".decode("utf-8"))
