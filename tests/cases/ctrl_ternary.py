def sign(x):
    return "neg" if x < 0 else "zero" if x == 0 else "pos"

for x in range(-2, 3):
    print(x, sign(x))
a = 3
b = 8
print(a if a > b else b, (a if a < b else b) * 2)
print("even" if a % 2 == 0 else "odd", 1 if "" else 0, 1.5 if None is None else 2)
def loud(s):
    print("eval", s)
    return s
print(loud("yes") if loud(True) else loud("no"))
print(loud("yes") if loud(0) else loud("no"))
