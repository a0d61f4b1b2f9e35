words = ["pear", "fig", "banana", "kiwi", "apple", "plum", "cherry"]
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(max(words, key=len), min(words, key=len))
words.sort(key=len)
print(words)
print(sorted([[1, 2], [], [3], [4, 5, 6]], key=len), max([(1,), (1, 2)], key=len))
print(sorted({"aa": 1, "b": 2, "ccc": 3}, key=len, reverse=True))
