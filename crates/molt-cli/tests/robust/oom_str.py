# molt-robust: ulimit -v 1000000 && exec "$@"
# A growing str ends in MemoryError; what was printed before is written.
for i in range(3000):
    print(i)
s = "ab"
while True:
    s = s + s
