def classify(n: int) -> str:
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for v in range(-5, 200, 37):
    print(v, classify(v))
print(classify(0), classify(9), classify(10), classify(99), classify(100))
x = 7
if x > 5:
    if x % 2:
        print("big odd")
    else:
        print("big even")
if x:
    pass
else:
    print("unreachable")
