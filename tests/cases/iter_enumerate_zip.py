def positions(text: str, target: str):
    out = ""
    for i, ch in enumerate(text):
        if ch == target:
            out += str(i) + ","
    return out

print(positions("banana", "a"), positions("", "x"), positions("ééé", "é"))
for i, ch in enumerate("abc", 10):
    print(i, ch)
for i, ch in enumerate("xy", True):
    print(i, ch)
for a, b in zip("abc", (1, 2, 3, 4)):
    print(a, b, end="; ")
print()
for a, b, c in zip("ab", "cd", "ef"):
    print(a + b + c, end=" ")
print()
for t in zip():
    print("never")
q, r = divmod(47, 5)
print(q, r)
x, y = "hi"
print(x, y)
first, second, third = (1, "two", 3.0)
print(first, second, third)
k = 0
for k, v in enumerate(("a", "b")):
    pass
print(k, v)
pairs = zip("ab", "xy")
for p in pairs:
    print(p)
