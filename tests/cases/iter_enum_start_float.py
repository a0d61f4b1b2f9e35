# enumerate start must be an integer.
print(list(enumerate("ab", 1)))
print("next")
for i, c in enumerate("ab", 1.5):
    print(i, c)
