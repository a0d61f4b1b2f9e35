# sum() of strs with the default start fails on int + str.
words = ["x", "y"]
print(sum(len(w) for w in words))
print(sum(w for w in words))
