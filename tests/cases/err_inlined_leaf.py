# A small leaf function called in a loop (Molt inlines it): its error and
# traceback frame must be those of a real call.
def ratio(a, b):
    return a // b + a % b


def total(n):
    s = 0
    for i in range(n, -1, -1):
        s += ratio(100, i)
        print(i, s)
    return s


print(total(4))
