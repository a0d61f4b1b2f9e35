def swap(a, b):
    a, b = b, a
    print(a, b)
    x: int = 5
    y: int = 7
    x, y = y, x + y
    print(x, y)
    s = "left"
    t = "right"
    s, t = t, s
    print(s, t)

swap(1, "two")
swap(2.5, None)
