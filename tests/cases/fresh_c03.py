# Matrix / grid utilities on lists of lists


def make_grid(rows, cols, fill):
    return [[fill for _ in range(cols)] for _ in range(rows)]


def transpose(m):
    return [[row[j] for row in m] for j in range(len(m[0]))]


def matmul(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def show(m, title):
    print(title)
    width = max(len(str(v)) for row in m for v in row)
    for row in m:
        print("  [" + " ".join(str(v).rjust(width) for v in row) + "]")


def rotate_cw(m):
    return [row[::-1] for row in transpose(m)]


def neighbors(grid, r, c):
    total = 0
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr == 0 and dc == 0:
                continue
            rr, cc = r + dr, c + dc
            if 0 <= rr < len(grid) and 0 <= cc < len(grid[0]):
                total += grid[rr][cc]
    return total


def life_step(grid):
    out = make_grid(len(grid), len(grid[0]), 0)
    for r, row in enumerate(grid):
        for c, alive in enumerate(row):
            n = neighbors(grid, r, c)
            out[r][c] = 1 if (alive and n in (2, 3)) or (not alive and n == 3) else 0
    return out


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(a, "A")
show(transpose(a), "A^T")
show(matmul(a, b), "A*B")
show(matmul(matmul(a, b), identity(2)), "A*B*I")
show(rotate_cw(a), "rot(A)")
print("trace:", sum(matmul(a, b)[i][i] for i in range(2)))
print("flat:", [v for row in a for v in row])
print("col sums:", [sum(col) for col in transpose(a)])
print("row max:", [max(row) for row in b])

grid = make_grid(6, 6, 0)
for r, c in [(1, 2), (2, 3), (3, 1), (3, 2), (3, 3)]:
    grid[r][c] = 1
for gen in range(4):
    print(f"gen {gen}: alive={sum(map(sum, grid))}")
    for row in grid:
        print("   " + "".join("#" if v else "." for v in row))
    grid = life_step(grid)

aliased = make_grid(2, 2, 0)
aliased[0][0] = 9
print(aliased, [[0] * 2] * 2 == make_grid(2, 2, 0))
diag = [grid[i][i] for i in range(len(grid))]
print("diag:", diag, "any:", any(diag), "all:", all(v == 0 for v in diag))
