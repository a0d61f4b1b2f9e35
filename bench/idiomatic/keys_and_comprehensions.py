# min/max/sorted with key=, list and dict comprehensions, unpacking.

words = [("k" * (i % 13)) + str(i * 7919 % 1000) for i in range(3000)]
total = 0
for rnd in range(400):
    longest = max(words, key=len)
    shortest = min(words, key=len)
    by_len = sorted(words, key=len)
    squares = [i * i for i in range(3000) if i % 3 != rnd % 3]
    index = {w: i for i, w in enumerate(words)}
    inverse = {i: w for w, i in index.items()}
    first, second, *rest = by_len
    total += len(longest) - len(shortest) + len(squares) + len(inverse) + len(rest) + len(first + second)
print(total)
