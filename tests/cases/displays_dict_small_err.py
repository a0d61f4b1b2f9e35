# A dict display of 15 pairs: every pair is evaluated before any is
# inserted, so the unhashable key is reported after the last one.


def t(i: int) -> int:
    print("eval", i)
    return i


d = {t(0): 0, t(1): 1, [t(2)]: 2, t(3): 3, t(4): 4, t(5): 5, t(6): 6, t(7): 7, t(8): 8, t(9): 9, t(10): 10, t(11): 11, t(12): 12, t(13): 13, t(14): 14}
print(d)
