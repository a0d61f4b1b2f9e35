# sum() of ints and bools from generator expressions.
xs = [3, -1, 4, -1, 5, -9, 2, 6]
print(sum(x for x in xs), sum(xs), sum(x * x for x in xs))
print(sum(x for x in xs if x < 0), sum(-x for x in xs))
print(sum(x for x in []), sum([]), sum(()), sum(range(0)))
print(type(sum(x for x in [])).__name__)
print(sum(b for b in [True, True, False, True]), type(sum(b for b in [True])).__name__)
print(sum(x > 0 for x in xs), sum(x == -1 for x in xs))
print(sum([True, False]), sum([], True), sum([True], True), sum((), False))
print(sum(x for x in range(10)), sum(x for x in range(10)) == 45)
print(sum(i % 3 for i in range(1000)))
print(sum(len(w) for w in "a bb ccc".split()))
print(sum(ord(c) for c in "abc"))
print(sum(1 for _ in "hello"), sum(0 for _ in range(5)))
print(sum(x // 2 for x in xs), sum(x % 4 for x in xs))
print(sum(abs(x) for x in xs), sum(x ** 3 for x in xs))
n = 0
for x in xs:
    n += x
print(n == sum(xs))
