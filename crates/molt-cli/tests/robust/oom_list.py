# molt-robust: ulimit -v 1000000 && exec "$@"
# A growing list ends in MemoryError; what was printed before is written.
for i in range(3000):
    print(i)
items = [0]
while True:
    items = items + items
