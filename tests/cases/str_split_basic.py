s = "a,b"
print(s.split(","))
