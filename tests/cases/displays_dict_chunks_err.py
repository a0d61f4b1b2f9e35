# Dict displays of 15 and 16 pairs: CPython evaluates all 15 pairs before
# building the first, but adds the 16 pairs of the second one by one.


def t(i: int) -> int:
    print("eval", i)
    return i


d = {t(0): 0, t(1): 1, t(2): 2, t(3): 3, t(4): 4, t(5): 5, t(6): 6, t(7): 7, t(8): 8, t(9): 9, t(10): 10, t(11): 11, t(12): 12, t(13): 13, t(14): 14}
print(len(d))
e = {t(0): 0, t(1): 1, [t(2)]: 2, t(3): 3, t(4): 4, t(5): 5, t(6): 6, t(7): 7, t(8): 8, t(9): 9, t(10): 10, t(11): 11, t(12): 12, t(13): 13, t(14): 14, t(15): 15}
print(e)
