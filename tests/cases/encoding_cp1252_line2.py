#!/usr/bin/env python3
# vim: set fileencoding=cp1252 :
# Declared on the second line; 0x80 is the euro sign in cp1252.
price = "€12 – “quoted” …"
print(price, len(price))
print([hex(ord(c)) for c in price if ord(c) > 127])
