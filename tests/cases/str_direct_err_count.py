s = "abc"
print(s.find("c"))
print(s.count(None))
