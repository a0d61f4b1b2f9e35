xs = list(range(10))
print(xs.pop(), xs)
print(xs.pop(0), xs)
print(xs.pop(3), xs)
print(xs.pop(-2), xs)
print(xs.pop(-1), xs)
ys = ["a", "b", "a", "c", "a"]
ys.remove("a")
print(ys)
ys.remove("a")
print(ys)
ys.remove("c")
print(ys)
zs = [1, 1.0, True, 2]
zs.remove(True)
print(zs)
zs.remove(1)
print(zs)
stack = []
for ch in "hello":
    stack.append(ch)
out = ""
while stack:
    out += stack.pop()
print(out, stack)
queue = [1, 2, 3, 4]
while queue:
    head = queue.pop(0)
    print("head", head, "rest", queue)
    if head == 2:
        queue.append(20)
nested = [[1, 2], [3, 4], [1, 2]]
nested.remove([1, 2])
print(nested)
print(nested.pop(), nested)
