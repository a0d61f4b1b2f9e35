# int.bit_length / bit_count / conjugate / as_integer_ratio on small ints,
# negatives, bigints and bools, boxed and as typed locals.
for v in [0, 1, -1, 2, 7, -8, 255, 256, 2**62 - 1, -(2**62), 2**63, 2**64 - 1, 2**100, -(2**70), 10**30]:
    print(v, v.bit_length(), v.bit_count(), v.conjugate(), v.as_integer_ratio())

print(True.bit_length(), False.bit_length(), True.bit_count(), False.bit_count())
print(True.conjugate(), type(True.conjugate()).__name__, False.as_integer_ratio())

x = 5
print(x.bit_length(), x.bit_count())
n = 0
for i in range(70):
    n = n + i.bit_length()
print(n)
y = x * 1000003
z = y.bit_length() + y.bit_count()
print(y, z)
big = 2**100 - 1
print(big.bit_count(), (-big).bit_count(), (big + 1).bit_length(), (-big - 1).bit_length())
b = 3 > 2
print(b.bit_length(), b.as_integer_ratio(), b.conjugate() + 1)
r = (-12).as_integer_ratio()
print(r[0] // r[1], len(r))
print((2**64).conjugate() == 2**64, (-7).conjugate())
