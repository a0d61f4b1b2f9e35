# molt-robust: ulimit -v 1000000 && exec "$@"
# A growing int ends in MemoryError; what was printed before is written.
for i in range(3000):
    print(i)
x = 3
while True:
    x = x << x.bit_length()
