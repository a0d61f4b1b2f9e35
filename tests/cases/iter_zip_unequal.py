# zip stops at the shortest iterable, whichever position it is in.
short = [1, 2]
long = ["a", "b", "c", "d"]
for a, b in zip(short, long):
    print("first shorter", a, b)
for a, b in zip(long, short):
    print("second shorter", a, b)
for a, b in zip([], long):
    print("never")
for a, b in zip(long, []):
    print("never")
print(list(zip(short, long)), list(zip(long, short)))
print([a * 2 for a, _ in zip(range(100), "xyz")])
print(sum(a * b for a, b in zip([1, 2, 3, 4], [10, 20])))
print(dict(zip("abcde", range(3))))
n = 0
for a, b in zip(range(5), range(10, 13)):
    n += 1
print("count", n, "last", a, b)

it = iter([1, 2, 3, 4, 5])
print(list(zip(it, "ab")))
print("consumed by zip when second ran out:", list(it))

it2 = iter([1, 2, 3, 4, 5])
print(list(zip("ab", it2)))
print("not consumed when first ran out:", list(it2))

it3 = iter(range(10))
print(list(zip(it3, it3)))
it4 = iter(range(7))
print(list(zip(it4, it4, it4)), list(it4))
