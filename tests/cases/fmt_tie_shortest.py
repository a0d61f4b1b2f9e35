# format() of floats whose two shortest digit strings are equally close: every
# format type that prints the shortest repr digits takes the even one, as
# CPython's dtoa does.
x = -1786734647619508.2
print(f"{x:>25}", f"{x}", f"{x:}", f"{x:<30}|", f"{x:,}", f"{x:_}", f"{x:+}")
print(f"{x!r:>25}", format(x, ""), format(x, "^40"), str(x), repr(x))
print(f"{x:.17g}", f"{x:.16g}", f"{x:.20e}", f"{x:.3f}", f"{x:g}", f"{x:.0f}", f"{x:e}")
print(f"{x:%}", f"{x:.50f}", f"{x:.30g}", f"{x:#.25G}", f"{x:.18e}")
print(f"{4503599627370497.5:}", f"{1125899906854969.2:015}", f"{-1125899906904349.2:=+30}")
for k in range(1, 9):
    y = float(2**50 + 12345 * k) + 0.25 * (k % 4)
    print(f"{y}|{y:>22}|{-y:,}|{y:_}|{y:+}|{y: }|{y:.17}|{y:.16}|{y:.2f}")
seed = 12345


def rnd() -> int:
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % (2**64)
    return seed >> 11


h = 0
for i in range(3000):
    r = rnd()
    if i % 3 == 0:
        z = float(2**50 + r % 2**50) + 0.25 * (r % 4)
    elif i % 3 == 1:
        z = float(2**53 + r % 2**53) * 2.0
    else:
        z = float(r) * 2.0 ** (r % 200 - 100)
    for ch in f"{z}{z:>30}{z:,}{z:.17g}{z:.25e}{z:.3f}":
        h = (h * 31 + ord(ch)) % 1000000007
print(h)
