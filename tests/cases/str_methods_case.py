s = "Hello, Wörld! ßtraße ǅemo"
print(s.upper())
print(s.lower())
print(s.casefold())
print(s.title(), "|", s.capitalize(), "|", s.swapcase())
print("hello world".title(), "it's a test".title(), "o'neil mcDONALD".capitalize())
print("  padded \t\n".strip() + "|", "xxhixx".strip("x"), "  left".lstrip(), "right  ".rstrip() + "|", "abcba".strip("ab"))
print("www.example.com".lstrip("cmowz."), "mississippi".rstrip("ips"), " x ".strip(None) + "|")
