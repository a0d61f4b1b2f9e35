def size(v):
    return len(v)

print(size("four"))
n: int = 4
print(size(n))
