t = True
f = False
print(t + 1, f + 1, t * 2.5, max(t, f), min(t, 0.5))
print(int(t) + int(f), float(t), str(t) + str(f))
n = 0
for i in range(10):
    n += i % 3 == 0
print(n)
print(divmod(10, True), pow(True, 100), round(True, 2))
