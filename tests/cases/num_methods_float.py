# float.hex / is_integer / as_integer_ratio / conjugate, boxed and as typed locals.
vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 2.5, -3.75, 1e16, 1e-5, 5e-324, -5e-324, 2.2250738585072014e-308,
        2.225073858507201e-308, 1.7976931348623157e308, 123456789.123, float('inf'), float('-inf'), float('nan')]
for v in vals:
    print(repr(v), v.hex(), v.is_integer(), repr(v.conjugate()))

for v in vals[:16]:
    print(repr(v), v.as_integer_ratio())

f = 2.5
print(f.hex(), f.is_integer(), f.as_integer_ratio(), f.conjugate())
g = f * 4.0
print(g.is_integer(), g.hex(), g.conjugate() + 1.0)
total = 0
for i in range(10):
    h = i / 4
    if h.is_integer():
        total = total + 1
print(total)
n, d = (0.1 + 0.2).as_integer_ratio()
print(n, d, n / d == 0.1 + 0.2)
n, d = (-1e300).as_integer_ratio()
print(n == -1e300, d)
print((1e22).as_integer_ratio(), (2.0**-1074).as_integer_ratio()[1] == 2**1074)
x = 1.5
print(x.fromhex('0x1p3'), (0.0).fromhex('-0x1.8p1'))
