s = {1, 2}
s.add((3, 4))
print(len(s), (3, 4) in s)
s.add({5})
