# A shift count past what any int can hold: CPython's OverflowError.
print(0 << 10**30, -1 >> 10**30, 5 >> 10**30)
n = 10**30
print(7 << n)
