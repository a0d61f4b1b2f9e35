def rep(s, k):
    return s * k

print(rep("x", 2), rep(3, 4))
print(rep("ab", True))
print(rep("x", 2.0))
