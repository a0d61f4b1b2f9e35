def score(word):
    total = 0
    for ch in word:
        total += ord(ch) - ord("a") + 1
    return total

def by_score_then_word(word):
    return (score(word), word)

words = ["cab", "bad", "ace", "zz", "a", "dab", "bed", "fee"]
print([(w, score(w)) for w in words])
print(sorted(words, key=score))
print(sorted(words, key=by_score_then_word))
print(sorted(words, key=score, reverse=True))
words.sort(key=by_score_then_word, reverse=True)
print(words)
print(max(words, key=score), min(words, key=score))
def neg(n):
    return -n
print(sorted(range(10), key=neg), sorted([3, -1, 2], key=lambda v: v * v))
