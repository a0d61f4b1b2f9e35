# zip() of non-iterables raises TypeError when zip is called.
print(list(zip([1, 2], "ab")))
z = zip([1])
print(list(z), list(z))
print("before")
for a, b in zip([1, 2, 3], 5):
    print("never", a, b)
