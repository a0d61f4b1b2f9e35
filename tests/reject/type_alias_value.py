Vec = list[float]
print(Vec)
