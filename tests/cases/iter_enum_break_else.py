# break / continue / else with enumerate.
def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found; last i =", i if xs else None)
        return -1
    return i

print(find([4, 5, 6], 5))
print(find([4, 5, 6], 9))
print(find([], 1))

for i, x in enumerate("abcdef"):
    if i % 2 == 0:
        continue
    print("odd", i, x)
else:
    print("else after continue-only loop", i, x)

for i, x in enumerate(range(100), 1):
    if x * x > 30:
        break
    print("sq", i, x * x)
else:
    print("never")
print("after break", i, x)

for i, x in enumerate([]):
    print("never")
else:
    print("else on empty")

n = 0
for i, row in enumerate([[1, 2], [3, 4], [5, 6]]):
    for j, v in enumerate(row):
        if v == 4:
            break
        n += 1
        print("inner", i, j, v)
    else:
        print("inner else", i)
        continue
    print("outer saw break at", i, j)
print("n", n)
