data = b"abc"
print(data)
