d = {"a": 1, "b": 2, "c": 3}
for k in d:
    d[k] = d[k] * 10
print(d)
for k, v in d.items():
    d[k] = v + 1
print(d)
for k in list(d):
    if d[k] > 20:
        del d[k]
print(d)
for k in list(d.keys()):
    d[k + k] = d.pop(k)
print(d)
snapshot = dict(d)
for k in snapshot:
    d[k.upper()] = snapshot[k]
print(d, snapshot)
