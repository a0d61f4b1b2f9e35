# Recursion where every level calls a small leaf function (which Molt
# inlines): RecursionError still ends it, with the leaf's frame counted.
def bump(n):
    return n + 1


def down(n):
    if n % 100 == 0:
        print(n)
    down(bump(n))


down(0)
