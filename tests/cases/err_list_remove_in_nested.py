m = [[1, 2], [3]]
m[0].remove(2)
print(m)
m.remove([2])
