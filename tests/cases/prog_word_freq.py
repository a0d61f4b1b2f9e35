TEXT = """The quick brown fox jumps over the lazy dog. The dog barks;
the fox runs away! A quick, quick fox -- and a lazy, lazy dog.
Dogs and foxes: the eternal story of the quick and the lazy."""

def tokenize(text):
    words = []
    cur = ""
    for ch in text.lower():
        if ch.isalpha():
            cur += ch
        else:
            if cur:
                words.append(cur)
            cur = ""
    if cur:
        words.append(cur)
    return words

words = tokenize(TEXT)
print(len(words), words[:8])
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print(f"{'word':<10}{'count':>6}{'bar':>4}")
for w, c in ranked[:10]:
    print(f"{w:<10}{c:>6}   {'#' * c}")
print("distinct:", len(freq), "hapax:", sorted(w for w, c in freq.items() if c == 1))
by_len = {}
for w in freq:
    by_len.setdefault(len(w), set()).add(w)
for n in sorted(by_len):
    print(n, sorted(by_len[n]))
first_pos = {}
for i, w in enumerate(words):
    first_pos.setdefault(w, i)
print(list(first_pos.items())[:6])
