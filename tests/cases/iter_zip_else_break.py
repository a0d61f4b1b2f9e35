# for/else over zip; the else runs whenever zip runs out (either side).
def scan(xs, ys, stop):
    for a, b in zip(xs, ys):
        if a == stop:
            print("break at", a, b)
            break
        print("pair", a, b)
    else:
        print("else ran")

scan([1, 2, 3], "ab", 99)
scan([1, 2], "abc", 99)
scan([1, 2, 3], "abc", 2)
scan([], "abc", 1)
scan([1, 2, 3], "", 1)

for a, b in zip(range(10), range(3)):
    if a > 5:
        break
else:
    print("else after second exhausted", a, b)

for a, b in zip("abc", range(1, 4)):
    if b == 2:
        continue
    print("continue skip", a, b)
else:
    print("else after continue", a, b)

found = None
for x, y in zip([3, 4, 5], [5, 4, 3]):
    if x == y:
        found = (x, y)
        break
print("found", found)
