def check(n):
    assert n < 3
    return n

for i in range(5):
    print(check(i))
