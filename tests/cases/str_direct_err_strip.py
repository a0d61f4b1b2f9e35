s = "abc"
print(s.strip("a"))
print(s.strip(5))
