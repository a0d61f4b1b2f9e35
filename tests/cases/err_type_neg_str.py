def negate(v):
    return -v

s: str = "text"
print(s + s, negate(5), negate(-2.5))
print(negate(s))
