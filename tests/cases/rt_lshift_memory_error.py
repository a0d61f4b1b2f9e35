# A shift whose result is too big for memory: MemoryError, before any work.
print(1 << 100)
print(1 << 2**62)
