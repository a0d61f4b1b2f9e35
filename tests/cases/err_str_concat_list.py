print("a" + str([1]))
print("a" + [1])
