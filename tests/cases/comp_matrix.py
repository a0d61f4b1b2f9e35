a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
t = [[row[i] for row in a] for i in range(len(a[0]))]
print(t)
prod = [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
print(prod)
ident = [[1 if i == j else 0 for j in range(4)] for i in range(4)]
for row in ident:
    print(row)
diag = [ident[i][i] for i in range(4)]
print(diag, sum(diag))
flat = [x for row in prod for x in row]
print(flat, max(flat))
chunked = [flat[i:i + 3] for i in range(0, len(flat), 3)]
print(chunked)
rot = [[a[j][i] for j in range(len(a) - 1, -1, -1)] for i in range(len(a[0]))]
print(rot)
