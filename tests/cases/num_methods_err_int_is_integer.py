x = 4
print((4.0).is_integer())
print(x.is_integer())
