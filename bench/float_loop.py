# Mandelbrot escape counts over a grid with annotated floats.
def escape(cr: float, ci: float, limit: int) -> int:
    zr: float = 0.0
    zi: float = 0.0
    n: int = 0
    while n < limit:
        zr2: float = zr * zr
        zi2: float = zi * zi
        if zr2 + zi2 > 4.0:
            return n
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        n += 1
    return limit


def mandel(size: int, limit: int) -> int:
    total: int = 0
    for y in range(size):
        ci: float = -1.5 + 3.0 * y / size
        for x in range(size):
            cr: float = -2.0 + 3.0 * x / size
            total += escape(cr, ci, limit)
    return total


print(mandel(560, 200))
