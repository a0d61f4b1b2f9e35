m = [[1, 2, 3], [4, 5, 6]]
t = [list(col) for col in zip(*m)]
print(t)
print(*[1, 2, 3])
print(*"abc", sep="-", end="!\n")
print("x", *m, "y")
words = ["ab", "cd"]
print(*zip(*words))
print(list(zip(*[])))
print(*[], sep=",")
print(list(zip(*m, [7, 8])))
