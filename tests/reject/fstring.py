n = 3
print(f"n={n}")
