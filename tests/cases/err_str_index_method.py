s = "hello"
print(s.index("l"), s.find("z"))
print(s.index("z"))
