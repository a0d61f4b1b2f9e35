s = "hello"
print(s.upper(), s.find("l"))
print(s.index("z"))
