def count_vowels(text: str) -> int:
    n = 0
    for ch in text:
        if ch in "aeiouAEIOU":
            n += 1
    return n

def reverse(text):
    out = ""
    for ch in text:
        out = ch + out
    return out

print(count_vowels("Molt compiles Python"), count_vowels(""), count_vowels("xyz"))
print(reverse("héllo 中文"), reverse(""))
for ch in "abc":
    print(ch, end="-")
else:
    print("done")
for ch in "stop here":
    if ch == " ":
        break
    print(ch, end="")
print()
for x in divmod(100, 7):
    print("part", x)
for c in "ab":
    for d in "xy":
        print(c + d, end=" ")
print()
