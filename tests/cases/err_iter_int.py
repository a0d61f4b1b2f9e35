def total(items):
    t = 0
    for x in items:
        t += x
    return t

print("start")
print(total(5))
