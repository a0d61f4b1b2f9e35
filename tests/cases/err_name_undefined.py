x = 1
print(x)
if x > 5:
    y = 2
print("about to read y")
print(y)
