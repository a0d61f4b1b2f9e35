print(sorted([-3, 1, -2, 4], key=abs), max([-10, 3], key=abs), min([-1, 2, -3], key=abs))
print(sorted(["10", "9", "100", "1"], key=int), max(["10", "9"], key=int))
print(sorted([3, 1, 2], key=str), sorted([(1, 2), (0, 5)], key=sum))
print(sorted(["a", "b", "c"], key=ord, reverse=True))
d = {"x": 3, "y": 1, "z": 2}
print(sorted(d, key=d.get), max(d, key=d.get), min(d, key=d.get))
print(sorted([[3, 1], [2]], key=max), sorted([[3, 1], [2]], key=min))
