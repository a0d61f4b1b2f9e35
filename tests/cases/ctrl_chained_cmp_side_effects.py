def v(x):
    print("v(" + str(x) + ")")
    return x

print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) < v(3) > v(2) == v(2))
print(v(1) == v(1) == v(2) == v(3))
if v(0) <= v(0) < v(1):
    print("in range")
r = v(5) > v(4) >= v(4)
print(r)
