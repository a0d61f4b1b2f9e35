def show(tag, v):
    print("eval", tag)
    return v

def three(a, b, c):
    return a * 100 + b * 10 + c

print(three(show("a", 1), show("b", 2), show("c", 3)))
print(three(c=show("c", 3), a=show("a", 1), b=show("b", 2)))
print(show("left", 1) + show("right", 2) * show("mul", 3))
print(max(show("m1", 4), show("m2", 9), show("m3", 2)))
