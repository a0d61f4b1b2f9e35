a, b = divmod(7, 2)
print(a, b)
a, b, c = "xy"
