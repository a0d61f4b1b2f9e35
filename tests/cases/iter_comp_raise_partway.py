# A comprehension whose element expression raises partway through.
def show(x):
    print("element", x)
    return x

total = [0]
def acc(x):
    total[0] += x
    return x

print([show(10 // d) for d in [5, 2, 1]])
print(sum(acc(x) for x in [1, 2, 3]), total)
vals = [show(100 // d) for d in [4, 2, 0, 1]]
print("never", vals)
