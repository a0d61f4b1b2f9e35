fs = []
for i in range(3):
    def f(x=i):
        return x
    fs.append(f)
print([g() for g in fs])
