ALPHA = "abcdefghijklmnopqrstuvwxyz"

def shift(text, k):
    out = []
    for ch in text:
        lo = ch.lower()
        if lo in ALPHA:
            c = ALPHA[(ALPHA.index(lo) + k) % 26]
            out.append(c.upper() if ch.isupper() else c)
        else:
            out.append(ch)
    return "".join(out)

def score(text):
    common = "etaoinshr"
    return sum(1 for ch in text.lower() if ch in common)

plain = "Meet me at the old oak tree at seven, bring the map."
secret = shift(plain, 11)
print(secret)
results = [(score(shift(secret, -k)), k) for k in range(26)]
results.sort(reverse=True)
print(results[:3])
best = results[0][1]
print(best, shift(secret, -best))
freq = {}
for ch in secret.lower():
    if ch.isalpha():
        freq[ch] = freq.get(ch, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
