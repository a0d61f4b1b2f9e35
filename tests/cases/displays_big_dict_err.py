# A dict display of 20 pairs: CPython evaluates the first 17 pairs, builds
# them, and reports the unhashable key before evaluating the rest.


def t(i: int) -> int:
    print("eval", i)
    return i


d = {t(0): t(100), t(1): t(101), [t(2)]: t(102), t(3): t(103), t(4): t(104), t(5): t(105), t(6): t(106), t(7): t(107), t(8): t(108), t(9): t(109), t(10): t(110), t(11): t(111), t(12): t(112), t(13): t(113), t(14): t(114), t(15): t(115), t(16): t(116), t(17): t(117), t(18): t(118), t(19): t(119)}
print(d)
