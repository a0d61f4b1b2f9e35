for i in range(10):
    print(i, end=" ")
print()
for i in range(3):
    print("row", i, end=";\n")
n: int = 5
while n > 0:
    print(n, end=", " if n > 1 else ".\n")
    n -= 1
print("done", end="\n")
print("no trailing newline", end="")
