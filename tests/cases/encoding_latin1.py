# -*- coding: latin-1 -*-
# The file is written in Latin-1: every non-ASCII character below is one byte.
s = "café naïve ½ ÿ"
print(s, len(s), s.upper())
print([hex(ord(c)) for c in s if ord(c) > 127])
print(s.encode("utf-8"))
print(len("é".encode("latin-1")), "µ".isalpha())
