print(next(iter([1])))
print(next([1]))
