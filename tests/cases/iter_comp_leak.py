# Comprehension variables do not leak; for-loop variables do.
x = "outer"
print([x for x in range(3)])
print(x)
y = 10
print({y: y * 2 for y in "ab"}, y)
z = -1
print({z for z in (1, 2)}, z)
w = "w"
print(sum(w for w in range(4)), w)
print(sorted(i for i in [3, 1, 2]))
def f():
    a = "local"
    vals = [a for a in range(2)]
    return a, vals
print(f())
def g(n: int) -> int:
    k = 99
    total = sum(k for k in range(n))
    return total + k
print(g(4))
for q in range(3):
    pass
print("q leaked", q)
v = 5
print([v for _ in range(2)], [v * t for t in range(3)])
print([x for x in [x + 1 for x in range(3)]], x)
