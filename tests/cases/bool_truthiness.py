print(bool(0), bool(1), bool(-1), bool(2 ** 100), bool(0 * 2 ** 100))
print(bool(""), bool(" "), bool(None), bool(0.0), bool(-0.0), bool(1e-300), bool("0"))
print(bool(True), bool(False), bool(float("nan")), bool(float("inf")))
def t(v):
    if v:
        return "T"
    return "F"
print(t(0), t(5), t(""), t("s"), t(None), t(0.0), t(0.5), t(-1))
n = 3
while n:
    print(n)
    n -= 1
