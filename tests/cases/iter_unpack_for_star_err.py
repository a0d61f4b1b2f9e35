# A starred for target meets an empty row.
for a, *rest in [[1, 2], [3], []]:
    print(a, rest)
