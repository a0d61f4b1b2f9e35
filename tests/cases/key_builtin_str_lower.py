words = ["banana", "Apple", "cherry", "apple", "Banana", "Cherry"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=str.lower, reverse=True))
words.sort(key=str.upper)
print(words)
print(max(words, key=str.lower), min(words, key=str.casefold))
print(sorted(["b", "A", "c"], key=str.swapcase), sorted(["  b", "a "], key=str.strip))
