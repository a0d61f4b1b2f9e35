x = 2.5
print(f"{x:.1f}")
print(f"{x:d}")
