s = {1, 2}
print(len(s))
print(s[0])
