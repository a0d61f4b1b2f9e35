# molt-robust: ulimit -v 1000000 && exec "$@"
# A product too big for memory is a MemoryError, not an abort.
for i in range(3000):
    print(i)
x = 1 << (2 ** 32)
y = x * x
print(y.bit_length())
