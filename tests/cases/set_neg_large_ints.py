s = {-1, -2, 0, 1, 2}
print(s)
s2 = {-100, 100, -7, 7, 50, -50}
print(s2)
big = {10 ** 20, 2 ** 61 - 1, 2 ** 61, 2 ** 62, -(2 ** 61), 3, 2 ** 64 + 1}
print(big)
print(2 ** 61 - 1 in big, 0 in big, 2 ** 61 + 2 ** 61 - 1 in {2 ** 62 - 1})
h = {8, 16, 24, 32, 40}
print(h)
h.add(1)
h.add(9)
print(h)
collide = {1, 9, 17, 25, 33}
print(collide)
collide.remove(9)
collide.add(41)
print(collide)
m = {-1, -2}
print(m, len(m))
r = set(range(-5, 6))
print(r)
print({x * x for x in range(-5, 6)})
print({2 ** k for k in range(0, 70, 7)})
