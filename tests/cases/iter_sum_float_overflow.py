# sum() of a float and an int too large to convert raises OverflowError.
print(sum(x for x in [1.5, 2**1000]) > 0)
print(sum(x for x in [1.5, 10**400]))
