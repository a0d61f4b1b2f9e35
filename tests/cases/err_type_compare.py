def less(a, b):
    return a < b

print("a" < "b")
print(less(1, 2.5))
x = "a"
y = 1
print(less(x, y))
