grid = {(0, 0): "origin", (1, 2): "p"}
print(grid[1, 2])
print(grid[(2, 1)])
