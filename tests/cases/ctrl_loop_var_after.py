for i in range(5):
    pass
print(i)
for i in range(3, 100):
    if i * i > 50:
        break
print(i)
j = "before"
for j in range(0):
    pass
print(j)
for k in range(10):
    k = k * 100
print(k)
n = 3
for i in range(n):
    n = 10
    print("iter", i)
print(n)
