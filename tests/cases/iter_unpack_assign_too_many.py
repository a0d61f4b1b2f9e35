# Too many values to unpack in an assignment from a str.
x, y = "hi"
print(x, y)
x, y = "hey"
print("never")
