# Adding to a set while iterating it raises RuntimeError.
s = {1, 2, 3}
print(sorted(x * 2 for x in s))
for x in s:
    print("visit", x)
    s.add(x + 100)
