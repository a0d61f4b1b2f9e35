board = [["." for _ in range(4)] for _ in range(3)]
board[0][0] = "X"
board[1][2] = "O"
board[2][3] = "X"
for row in board:
    print("".join(row))
print(board)
board[1] = board[1][::-1]
for row in board:
    print(" ".join(row))
tree = ["root", [["a", []], ["b", [["c", []]]]]]
tree[1][1][1].append(["d", []])
print(tree)
stack = [tree]
names = []
while stack:
    node = stack.pop()
    names.append(node[0])
    for child in node[1]:
        stack.append(child)
print(names)
matrix = [[1, 2], [3, 4]]
matrix[0], matrix[1] = matrix[1], matrix[0]
print(matrix)
matrix[0][0], matrix[1][1] = matrix[1][1], matrix[0][0]
print(matrix)
matrix.append(matrix[0])
matrix[2][1] = 0
print(matrix)
