def show(a, b, c):
    for i in range(a, b, c):
        print(i, a, b, c)
    print("after", a)

show(0, 3, 1)
show(10, 4, -3)
n = 3
for n in range(n, n + 2):
    print("n", n)
print(n)
