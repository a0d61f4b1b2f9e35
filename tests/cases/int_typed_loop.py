def checksum(n: int) -> int:
    total: int = 0
    for i in range(n):
        total = (total * 31 + i) % 1000003
        if i % 7 == 3:
            total -= i // 3
    return total

def tri(n: int) -> int:
    s: int = 0
    i: int = 1
    while i <= n:
        s += i
        i += 1
    return s

print(checksum(1000))
print(checksum(0))
print(tri(100), tri(0), tri(1))
k: int = 0
for j in range(10, 0, -1):
    k = k * 2 + j
print(k)
