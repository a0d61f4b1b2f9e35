def stats(nums):
    total = 0
    lo = nums[0]
    hi = nums[0]
    for n in nums:
        total += n
        if n < lo:
            lo = n
        if n > hi:
            hi = n
    return (lo, hi, total, total / len(nums))

res = stats([4, 8, 15, 16, 23, 42])
print(res)
lo, hi, total, mean = res
print(lo, hi, total, f"{mean:.3f}")
points = ((0, 0), (3, 4), (-1, 2), (5, -5))
best = points[0]
for p in points:
    if p[0] * p[0] + p[1] * p[1] > best[0] * best[0] + best[1] * best[1]:
        best = p
print(best)
acc = ()
for i in range(5):
    acc = acc + (i,)
    print(acc)
tree = (1, ((2, ()), (3, ((4, ()),))))
def count(node):
    n = 1
    for child in node[1]:
        n += count(child)
    return n
print(count(tree))
print(tuple((i, i * i) for i in range(4)))
print(tuple([tuple(range(i)) for i in range(4)]))
