s = "abc"
print(s.startswith(("x", "a")))
print(s.startswith(("x", 1)))
