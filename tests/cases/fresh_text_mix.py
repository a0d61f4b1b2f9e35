def describe(x):
    kind = "int" if x == int(x) else "float"
    return f"{x!r:>12} {kind:<6}|{x:+.3e}|{str(x).upper()}|"

def clean(s):
    t = s.strip().lower()
    for ch in ".,;!":
        t = t.replace(ch, "")
    return t.title()

for v in (1, 2.5, -0.0, 10 ** 3, 7 / 3):
    print(describe(v))
words = ("  Hello, World!  ", "MOLT; compiles.", "ünïcode Text")
for w in words:
    c = clean(w)
    print(repr(c), len(c), c.find("o"), c.count("l"), c.startswith(("H", "M")), c.center(20, "·"))
s = "abcdefghij"
acc = ""
for i in range(0, len(s), 3):
    acc += s[i:i + 2].upper() + "-"
print(acc, acc.rstrip("-"), acc[::-1], "-".join(("a", s[2], s[-1])))
n = 0
for ch in "hello world":
    if ch in "lo":
        n += 1
print(f"{n=}", f"{'x' * 3:^9}", f"{n:#06x}", f"{3.14159:{n}.{n - 3}f}")
