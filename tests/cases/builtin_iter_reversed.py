print(list(reversed([1, 2, 3])), list(reversed((4, 5))), list(reversed("abc")), list(reversed(range(5))))
print(list(reversed(range(0, 20, 3))), list(reversed(range(10, 0, -4))), list(reversed([])), "".join(reversed("")))
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
xs = [1, 2, 3]
for x in reversed(xs):
    print(x, end=" ")
print()
for i, c in enumerate(reversed("xyz")):
    print(i, c)
print("".join(reversed("héllo wörld 🙂")))
print(tuple(reversed(list(reversed((1, 2, 3))))))
print(sorted(reversed([3, 1, 2])), sum(reversed(range(11))), max(reversed([4, 9, 2])))
