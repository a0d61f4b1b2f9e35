# molt-robust: ulimit -v 1000000 && exec "$@"
# Out of memory wherever it happens (here, perhaps, building a repr).
for i in range(3000):
    print(i)
items = [0] * (2 ** 26)
s = repr(items)
t = s * 4
print(len(t))
