# Starred assignment targets; the starred name is always a list.
xs = [1, 2, 3, 4, 5]
a, *b = xs
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
*a, = (7, 8)
print(a)
a, b, *c = "ab"
print(a, b, c)
first, *mid, last = {"k": 1, "j": 2, "m": 3}
print(first, mid, last)
head, *tail = {3, 1, 2}
print(head, tail)
*init, end = zip("ab", "cd")
print(init, end)
(a, *b), c = "pqr", 1
print(a, b, c)
a, *b = [x * x for x in range(4)]
print(a, b)
for h, *t in ["abc", "d", (1, 2)]:
    print(h, t)
n, *rest = enumerate("hi")
print(n, rest)
*_, last2 = range(100)
print(last2)
