def inc(x, by=1):
    return x + by


f = inc
print(f(1))
