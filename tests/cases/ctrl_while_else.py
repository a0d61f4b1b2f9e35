n = 0
while n < 5:
    n += 1
else:
    print("while finished, n =", n)

n = 0
while n < 5:
    n += 1
    if n == 3:
        print("breaking at", n)
        break
else:
    print("not printed")

m = 10
while m < 5:
    print("never")
else:
    print("else runs on zero iterations")

def find(target: int, limit: int) -> int:
    i = 0
    while i < limit:
        if i * i == target:
            break
        i += 1
    else:
        return -1
    return i

print(find(49, 100), find(50, 100), find(0, 0))
