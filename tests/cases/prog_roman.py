VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
SYM = {s: v for v, s in VALUES if len(s) == 1}

def to_roman(n):
    out = []
    for v, s in VALUES:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)

def from_roman(s):
    total = 0
    for i, ch in enumerate(s):
        v = SYM[ch]
        if i + 1 < len(s) and SYM[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total

print(SYM)
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(f"{n:>5} {r:<12} {from_roman(r)}")
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
lens = {}
for n in range(1, 100):
    lens.setdefault(len(to_roman(n)), []).append(n)
print({k: len(v) for k, v in sorted(lens.items())}, lens[max(lens)])
