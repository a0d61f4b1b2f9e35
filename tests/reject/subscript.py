def first(s):
    return s[0]
print(first("abc"))
