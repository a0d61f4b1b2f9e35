# Unpacking too few values raises ValueError.
a, b, c = "abc"
print(a, b, c)
xs = [1, 2]
a, b, c = xs
print("never")
