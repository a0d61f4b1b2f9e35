xs = list(range(10))
print(xs[::-1], xs[::-2], xs[-1::-3], xs[9:0:-1], xs[9:-11:-1], xs[-1:-11:-1], xs[0:9:-1])
print(xs[5::-1], xs[:5:-1], xs[-3::-2], xs[:-3:-2], xs[100::-4], xs[:-100:-4])
s = "abcdefghij"
print(s[::-1], s[::-3], s[7:2:-2], s[-2:-8:-3], s[2:7:-1], s[::-100])
t = tuple(xs)
print(t[::-1][:3], t[8:1:-3], t[-20::-1], t[::-1] == tuple(reversed(t)))
r = range(10)
print(r[::-1], r[::-2], r[8:1:-3], list(r[-1:-11:-4]))
for start in [None, 8, -2, 20, -20]:
    for stop in [None, 2, -8, 20, -20]:
        print(start, stop, xs[start:stop:-2], s[start:stop:-3])
