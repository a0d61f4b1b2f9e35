def show(a, b, c):
    s = ""
    for i in range(a, b, c):
        s += str(i) + " "
    print("range", a, b, c, ":", s)

show(0, 10, 3)
show(10, 0, -3)
show(10, 0, 3)
show(0, 10, -1)
show(-5, 5, 2)
show(5, -5, -2)
show(0, 1, 100)
show(3, 3, 1)
show(-1, -10, -4)
for i in range(5):
    print(i, end=" ")
print()
for i in range(2, 6):
    print(i, end=",")
print()
for i in range(-3):
    print("never")
n = 4
for i in range(n * 2, n, -1):
    print(i, end="")
print()
