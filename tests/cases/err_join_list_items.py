print(",".join(str(x) for x in [1, 2]))
print(",".join([["a"]]))
