# Word frequencies over a generated text: str.split, dict get/set in a hot
# loop, sorting (count, word) pairs, f-string output.
def make_text(n: int) -> str:
    syllables = ["ka", "lo", "mi", "ne", "so", "ta", "ru", "vi", "be", "do"]
    words = []
    x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        w = syllables[x % 10] + syllables[(x // 10) % 10]
        if x % 7 == 0:
            w += syllables[(x // 100) % 10]
        words.append(w)
    return " ".join(words)


def count(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return counts


text = make_text(300000)
total = 0
for _ in range(8):
    counts = count(text)
    total += len(counts)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for w, c in top[:5]:
    print(f"{w:>8} {c}")
print(len(counts), total)
