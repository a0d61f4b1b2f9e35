moves = 0

def hanoi(n: int, src: str, dst: str, via: str):
    global moves
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves += 1
    if n >= 4:
        print("move disk", n, "from", src, "to", dst)
    hanoi(n - 1, via, dst, src)

hanoi(5, "A", "C", "B")
print("moves:", moves)
