# molt-robust: ulimit -v 1000000 && exec "$@"
# Appending to a list until memory runs out.
for i in range(3000):
    print(i)
items = [0] * (2 ** 25)
while True:
    items.append(0)
