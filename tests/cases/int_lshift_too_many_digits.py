# a shift past MAX_LONG_DIGITS is OverflowError, not MemoryError
print(1 << 100, 0 << 10**20, 1 >> 10**20)
print(1 << 10**20)
