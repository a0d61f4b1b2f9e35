it = iter(range(10))
for x in it:
    print("a", x)
    if x == 3:
        break
for x in it:
    print("b", x)
    if x == 6:
        break
print(list(it))
it2 = iter("abcdef")
pairs = list(zip(it2, it2))
print(pairs)
it3 = iter([1, 2, 3, 4, 5])
print(list(zip(it3, it3)), list(it3))
it4 = iter([1, 2, 3])
print(sum(it4), sum(it4))
it5 = iter([0, 0, 1, 0])
print(any(it5), list(it5))
it6 = iter([1, 1, 0, 1])
print(all(it6), list(it6))
i7 = iter([5, 6, 7])
print(iter(i7) is i7, next(iter(i7)), list(i7))
lst = [1, 2, 3]
li = iter(lst)
lst.append(4)
print(list(li))
