words = ["cat", "dog"]
words[0] = "bat"
print(words)
words[1][0] = "f"
