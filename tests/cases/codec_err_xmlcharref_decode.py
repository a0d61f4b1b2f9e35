# xmlcharrefreplace only handles encoding errors
print(b"abc".decode("ascii", "xmlcharrefreplace"))
print(b"\xffabc".decode("ascii", "xmlcharrefreplace"))
