print(max("ab"))
print(max(x for x in range(0)))
