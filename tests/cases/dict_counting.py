text = "it was the best of times it was the worst of times it was the age of wisdom"
counts = {}
for w in text.split():
    if w in counts:
        counts[w] += 1
    else:
        counts[w] = 1
print(counts)
by_count = {}
for w, c in counts.items():
    by_count.setdefault(c, []).append(w)
print(by_count)
for c in sorted(by_count, reverse=True):
    print(c, sorted(by_count[c]))
letters = {}
for ch in text:
    if ch != " ":
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))
print(top[:6])
print(sum(letters.values()), len(letters), max(letters.values()))
inv = {v: k for k, v in counts.items()}
print(inv)
