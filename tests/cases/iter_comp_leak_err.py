# A comprehension's variable is not visible after it: NameError.
vals = [leaky * 2 for leaky in range(3)]
print(vals)
print(leaky)
