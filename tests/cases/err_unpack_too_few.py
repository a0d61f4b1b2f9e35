x, y, z = "abc"
print(x, y, z)
x, y, z = {"k": 1, "j": 2}
