# String transforms: run-length encoding, Caesar, Vigenere, atbash
import math

ALPHA = "abcdefghijklmnopqrstuvwxyz"

def rle_encode(s):
    if not s:
        return ""
    out = []
    prev = s[0]
    count = 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev, count = ch, 1
    out.append(f"{count}{prev}")
    return "".join(out)

def rle_decode(s):
    out = ""
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out += ch * int(num)
            num = ""
    return out

def shift_char(ch, k):
    if ch.isalpha():
        base = ord("A") if ch.isupper() else ord("a")
        return chr((ord(ch) - base + k) % 26 + base)
    return ch

def caesar(s, k):
    return "".join(shift_char(c, k) for c in s)

def vigenere(s, key, sign):
    out = []
    i = 0
    for c in s:
        if c.isalpha():
            k = ALPHA.index(key[i % len(key)].lower())
            out.append(shift_char(c, sign * k))
            i += 1
        else:
            out.append(c)
    return "".join(out)

def atbash(s):
    table = dict(zip(ALPHA + ALPHA.upper(), ALPHA[::-1] + ALPHA.upper()[::-1]))
    return "".join(table.get(c, c) for c in s)


samples = ["aaabccddddde", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "x", ""]
for s in samples:
    enc = rle_encode(s)
    ok = rle_decode(enc) == s
    ratio = len(enc) / len(s) if s else 0.0
    print(f"{s[:16]!r:<20} -> {enc!r} ok={ok} ratio={ratio:.2f}")

msg = "Attack at Dawn! Meet me by the old oak tree, 10pm."
for k in (1, 3, 13, 25, -4):
    c = caesar(msg, k)
    print(f"k={k:>3}: {c} | back={caesar(c, -k) == msg}")
enc = vigenere(msg, "Lemon", 1)
print("vigenere:", enc)
print("decoded :", vigenere(enc, "Lemon", -1))
print("atbash  :", atbash(msg), atbash(atbash(msg)) == msg)

letters = [c.lower() for c in enc if c.isalpha()]
counts = {c: letters.count(c) for c in sorted(set(letters))}
n = len(letters)
ic = sum(v * (v - 1) for v in counts.values()) / (n * (n - 1))
print("index of coincidence: %.4f" % ic)
entropy = -sum((v / n) * math.log(v / n, 2) for v in counts.values())
print(f"entropy: {entropy:.4f} bits, max {math.log(len(counts), 2):.4f}")
