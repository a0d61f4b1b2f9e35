# Tight integer loop: %, //, +, * on annotated ints, accumulated into a checksum.
def checksum(n: int) -> int:
    acc: int = 0
    x: int = 1
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        acc = (acc + x // 65536 + i % 7) % 1000000007
    return acc


print(checksum(6500000))
