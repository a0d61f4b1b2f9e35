ops = ["push 3", "push 4", "add", "push 5", "mul", "push 2", "sub", "dup", "mul"]
stack = []
for op in ops:
    parts = op.split()
    if parts[0] == "push":
        stack.append(int(parts[1]))
    elif parts[0] == "dup":
        stack.append(stack[-1])
    else:
        b = stack.pop()
        a = stack.pop()
        if parts[0] == "add":
            stack.append(a + b)
        elif parts[0] == "mul":
            stack.append(a * b)
        else:
            stack.append(a - b)
    print(f"{op:<8} -> {stack}")
queue = list(range(1, 8))
rounds = 0
while len(queue) > 1:
    queue.append(queue.pop(0))
    removed = queue.pop(0)
    rounds += 1
    print(rounds, removed, queue)
print("survivor", queue[0])
