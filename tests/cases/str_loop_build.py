def repeat_join(word: str, n: int) -> str:
    out: str = ""
    for i in range(n):
        if i > 0:
            out += "-"
        out += word
    return out

def pyramid(h: int):
    for i in range(1, h + 1):
        print(" " * (h - i) + "*" * (2 * i - 1))

print(repeat_join("ab", 4))
print(repeat_join("x", 0) == "")
pyramid(4)
bar = ""
for i in range(3):
    bar = bar + "[" + str(i) + "]"
print(bar, len(bar))
