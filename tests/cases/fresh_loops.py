total = 0
for i in range(10):
    if i == 7:
        break
    for j in range(i):
        if (i + j) % 3 == 0:
            continue
        total += i * j
    else:
        total += 1
else:
    total = -1
print(total)
n = 0
while n < 100:
    n += 7
    if n > 50:
        break
else:
    print("no break")
print(n)
k = 10
while k:
    k -= 3
    if k < 0:
        print("neg", k)
        break
