# Items of a small set display: all are evaluated before the set is built,
# so the unhashable item is reported after the last one.


def t(i: int) -> int:
    print("eval", i)
    return i


s = {t(0), [t(1)], t(2), t(3)}
print(s)
