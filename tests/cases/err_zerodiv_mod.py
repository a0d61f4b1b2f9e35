x: int = 10
for d in range(3, -1, -1):
    print(x, d)
    print(x % d)
print("not reached")
