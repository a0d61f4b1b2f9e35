# molt-robust: exec "$@" > /dev/full
# Output that fails while the program runs: OSError, status 1.
for i in range(100000):
    print(i)
