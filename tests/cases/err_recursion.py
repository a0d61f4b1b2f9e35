def down(n: int) -> int:
    return down(n + 1) + 1

print("starting")
print(down(0))
