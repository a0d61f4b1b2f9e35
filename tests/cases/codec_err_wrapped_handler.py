# a handler error inside a codec CPython reaches through its registry is wrapped
print(b"\x81".decode("cp1252", "replace"))
print(b"\x81".decode("Windows-1252", "xmlcharrefreplace"))
