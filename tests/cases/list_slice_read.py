xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[:], xs[-3:], xs[:-3], xs[-5:-2])
print(xs[::2], xs[1::2], xs[::3], xs[::-1], xs[::-2], xs[8:2:-2], xs[2:8:-1])
print(xs[-1:-4:-1], xs[5::-1], xs[:5:-1], xs[3:3], xs[5:2], xs[100:], xs[:100])
print(xs[-100:3], xs[-100:-50], xs[50:100], xs[::100], xs[::-100], xs[1:9:4])
a = 2
b = 8
c = 3
print(xs[a:b:c], xs[b:a:-c], xs[-a:], xs[:-a])
n = None
print(xs[n:3], xs[3:n], xs[n:n:2], xs[n:n:-3])
words = "alpha beta gamma delta epsilon".split()
print(words[1:-1], words[::-1][:2], words[-2:][::-1])
print(words[1][1:3], words[-1][::-1], words[2][::2])
for step in (1, 2, 3, -1, -2, -3):
    print(step, xs[::step], xs[1:-1:step])
copy = xs[:]
copy[0] = "changed"
print(xs[0], copy[0])
