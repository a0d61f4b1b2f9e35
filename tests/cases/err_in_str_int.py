print("a" in "abc", 1 in [1])
print(1 in "123")
