s = set()
for x in [5, 3, 17, 9, 33, 1, 65, 8]:
    s.add(x)
    print(s)
s.remove(17)
print(s)
s.discard(100)
s.discard(3)
print(s)
s.add(3)
s.add(3)
print(s, len(s))
for x in range(40, 60, 3):
    s.add(x)
print(s)
for x in [33, 65, 1]:
    s.remove(x)
print(s)
print(sorted(s), min(s), max(s), sum(s))
t = {100, 4, 36, 68}
print(t)
t.add(132)
print(t)
