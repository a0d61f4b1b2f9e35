# The range is evaluated once; reassigning the loop variable or the bound does not change iteration.
n = 4
for i in range(n):
    n = 0
    print("i", i, "n", n)
for i in range(3):
    print("before", i)
    i = 100
    print("after", i)
print("final", i)
start, stop = 0, 5
for j in range(start, stop):
    start += 10
    stop -= 1
    print(j, start, stop)
def typed(m: int) -> int:
    acc = 0
    for k in range(m):
        k += 1000
        acc += k
        m = 1
    return acc + m
print(typed(3), typed(0))
xs = [1, 2, 3]
for i in range(len(xs)):
    xs.append(i)
print(xs)
for i in range(5):
    if i == 2:
        continue
    if i == 4:
        break
    print("cb", i)
else:
    print("never")
for i in range(3):
    pass
else:
    print("else", i)
total = 0
for i in range(10):
    for j in range(i):
        if j > 2:
            break
        total += j
print(total)
