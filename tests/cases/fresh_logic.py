def classify(n: int) -> str:
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0 and n % 3 == 0:
        return "six-ish"
    elif n % 2 == 0 or n % 5 == 0:
        return "even-or-five"
    return "other"

v = 0

count = 0
for v in range(-2, 14):
    print(v, classify(v))
    count += 1 if classify(v) == "other" else 0
print("others:", count)
print(0 or None, None or 0, "" or "x", 1 and 2 and 3, 0.0 and 1, not 0, not "a")
