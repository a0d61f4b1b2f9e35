print("a" in "cat")
print(1 in "cat")
