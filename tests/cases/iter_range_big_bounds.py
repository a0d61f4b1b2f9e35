# Loops over ranges whose bounds do not fit in 64 bits.
for i in range(10**30):
    if i > 3:
        break
    print("big stop", i)
for i in range(2**63 - 2, 2**63 + 2):
    print("cross up", i)
for i in range(-(2**63) + 1, -(2**63) - 2, -1):
    print("cross down", i)
for i in range(2**64, 2**64 + 9, 4):
    print("above", i)
def typed(lo: int, hi: int) -> int:
    t = 0
    for i in range(lo, hi):
        t += i
    return t
print(typed(2**63 - 3, 2**63 + 3), typed(-(2**63) - 2, -(2**63) + 2), typed(5, 1))
def typed_step(lo: int, hi: int, st: int) -> list[int]:
    return [i for i in range(lo, hi, st)]
print(typed_step(0, 2**65, 2**63), typed_step(2**65, 0, -(2**63) - 2**62))
print(sum(i for i in range(2**62, 2**62 + 5)), max(i for i in range(2**100, 2**100 + 3)))
print(len(range(0, 2**63 + 10, 2**62)), [i for i in range(9223372036854775807, 9223372036854775810)])
for i, x in enumerate(range(3), 2**63 - 1):
    print("enum over", i, x)
