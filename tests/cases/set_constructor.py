print(set(), set([]), set("aabbcc") == {"a", "b", "c"}, set((3, 1, 3)), set(range(5)))
print(set({"k": 1, "j": 2}) == {"j", "k"}, set([1, 1.0, True]), set([0, False, 0.0]))
print(set(x % 4 for x in range(20)), set([(1, 2), (1, 2)]))
print(len(set("hello world")), sorted(set("hello world")))
print({1, 2, 3} == set([3, 2, 1]), set([1, 2]) | set((2, 3)))
lst = [5, 3, 5, 1, 3, 9]
uniq = []
seen = set()
for x in lst:
    if x not in seen:
        seen.add(x)
        uniq.append(x)
print(uniq, seen)
print(frozenset(), frozenset("ab") == {"a", "b"}, frozenset(range(3)), frozenset(frozenset([1])))
print(set(frozenset([5, 6])), frozenset({7: 0}))
