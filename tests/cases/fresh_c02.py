# Text statistics: word and character frequencies
TEXT = """
The quick brown fox jumps over the lazy dog. The dog, being lazy,
did not react; the fox was quick and the fox was brown!
A journey of a thousand miles begins with a single step.
Is it not strange that sheep's guts should hale souls out of men's bodies?
"""


def tokenize(text):
    cleaned = text.lower()
    for ch in ".,;!?":
        cleaned = cleaned.replace(ch, " ")
    return [w.strip("'") for w in cleaned.split() if w.strip("'")]


def word_counts(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


words = tokenize(TEXT)
counts = word_counts(words)
print("total words:", len(words))
print("distinct words:", len(counts))

top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for rank, (word, n) in enumerate(top, start=1):
    print(f"{rank:2}. {word:<10} {n}")

longest = max(words, key=len)
print("longest word:", longest, len(longest))
longest_all = sorted({w for w in words if len(w) == len(longest)})
print("all longest:", longest_all)

by_len = {}
for w in set(words):
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    print(length, " ".join(sorted(by_len[length])))

letters = [c for c in TEXT.lower() if c.isalpha()]
freq = word_counts(letters)
common = sorted(freq, key=lambda c: (-freq[c], c))[:5]
print("common letters:", ", ".join(f"{c}={freq[c]}" for c in common))
missing = [c for c in "abcdefghijklmnopqrstuvwxyz" if c not in freq]
print("missing letters:", "".join(missing) or "(none)")

vowels = sum(1 for c in letters if c in "aeiou")
print("vowel ratio: %.3f" % (vowels / len(letters)))

sentences = [s.strip() for s in TEXT.replace("!", ".").replace("?", ".").split(".") if s.strip()]
for s in sentences:
    ws = s.split()
    avg = sum(len(w.strip(",;'")) for w in ws) / len(ws)
    print(f"{len(ws):3d} words, avg {avg:.2f}: {s[:30]!r}")

caps = [w for w in TEXT.split() if w[0].isupper()]
print("capitalized:", caps)
pairs = list(zip(words, words[1:]))
bigrams = word_counts([a + " " + b for a, b in pairs])
print("repeated bigrams:", sorted(b for b, n in bigrams.items() if n > 1))
