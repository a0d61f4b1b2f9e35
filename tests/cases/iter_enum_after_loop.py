# Loop variables keep their last values after the loop.
for i, x in enumerate("xyz"):
    pass
print(i, x)

i = "before"
x = "before"
for i, x in enumerate([]):
    pass
print(i, x)

for i in range(5):
    pass
print(i)

for i in range(10, 3, -2):
    pass
print(i)

j = -1
for j in range(0):
    pass
print(j)

for a, b in zip([1, 2, 3], "ab"):
    pass
print(a, b)

for k, v in {"p": 1, "q": 2}.items():
    pass
print(k, v)

def last(xs):
    idx = None
    for idx, item in enumerate(xs, 1):
        pass
    return idx

print(last([7, 8, 9]), last([]), last("ab"))

def last_typed(n: int) -> int:
    k = -5
    for k in range(n):
        pass
    return k

print(last_typed(4), last_typed(0), last_typed(1))

for i in range(3):
    i = i * 100
    print("body", i)
print("after reassign", i)

for i, x in enumerate([1, 2, 3]):
    x = x * -1
    i += 50
print(i, x)
