for s in ["key=value", "key=", "=value", "novalue", "a=b=c", "", "==="]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("2024-01-15".partition("-"), "2024-01-15".rpartition("-"))
print("aXbXc".partition("X"), "héllo".partition("l"), "🙂a🙂".rpartition("🙂"))
head, sep, tail = "user@example.com".partition("@")
print(head, sep, tail)
name, _, ext = "archive.tar.gz".rpartition(".")
print(name, ext)
print("abcabc".partition("bc"), "abcabc".rpartition("bc"), "abc".partition("abc"))
