x = 0.0
for i in range(1, 11):
    x += 0.1
    print(i, x, round(x, 3), x == i / 10)
print(1e300 * 1e10, -1e300 * 1e10, 5e-324, 5e-324 / 2, 1.7976931348623157e308)
print(float("  -12.5e-3 "), float("inf") - float("inf"), 2.5 // 0.5, -7.5 % 2, 7.0 % -3)
print(round(0.125, 2), round(0.375, 2), round(2.5), round(3.5), round(-0.5), round(1e20), round(123.456, -1))
