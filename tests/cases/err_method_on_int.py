n = 42
print("before")
print(n.upper())
