s = "0123456789"
for a in [None, -12, -3, 0, 3, 12]:
    row = []
    for b in [None, -12, -3, 0, 3, 12]:
        row.append(s[a:b])
    print(a, row)
for step in [1, 2, 3, -1, -2, -4, 11, -11]:
    print(step, s[::step], s[2:8:step], s[8:2:step])
print(s[3:3], s[5:1], s[-1:-2], s[10:], s[len(s):], repr(s[11:12]))
print(s[1], s[-1], s[len(s) - 1], s[-len(s)])
