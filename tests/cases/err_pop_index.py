xs = [1, 2, 3]
print(xs.pop(-3), xs)
print(xs.pop(5))
