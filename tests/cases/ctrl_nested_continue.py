count: int = 0
for i in range(6):
    if i == 2:
        continue
    for j in range(6):
        if j <= i:
            continue
        if (i + j) % 3 == 0:
            continue
        count += 1
        print(i, j)
print("count", count)

k: int = 0
total: int = 0
while k < 20:
    k += 1
    if k % 2 == 0:
        continue
    if k > 15:
        break
    total += k
print(total, k)
