# a high surrogate not followed by a low one
print(b"a\x00\x3d\xd8\x00\xde".decode("utf-16"))
print(b"a\x00\x00\xd8b\x00".decode("utf-16"))
