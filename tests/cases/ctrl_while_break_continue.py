i: int = 0
out: str = ""
while True:
    i += 1
    if i > 20:
        break
    if i % 3 == 0:
        continue
    out += str(i) + " "
print(out)
n: int = 100
steps: int = 0
while n != 1:
    steps += 1
    if n % 2:
        n = 3 * n + 1
        continue
    n //= 2
print(steps)
a = 0
while a < 3:
    b = 0
    while True:
        b += 1
        if b > a:
            break
        print(a, b)
    a += 1
