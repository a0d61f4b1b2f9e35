# molt-robust: ulimit -v 1000000 && exec "$@"
# A growing dict ends in MemoryError; what was printed before is written.
for i in range(3000):
    print(i)
table = {}
i = 0
while True:
    table[i] = i
    i += 1
