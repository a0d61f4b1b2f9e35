# sum() results that overflow 64 bits, and back.
big = 2**62
print(sum(big for _ in range(4)))
print(sum(x for x in [2**63 - 1, 1]), sum(x for x in [-(2**63), -1]))
print(sum(x for x in [2**63 - 1, 1, -1]), type(sum(x for x in [2**63, -(2**63)])).__name__)
print(sum(x * x for x in range(10**5)))
print(sum(x ** 4 for x in range(1, 2000)))
print(sum(x for x in [10**30, -(10**30), 5]))
print(sum((x for x in [2**62, 2**62]), 2**62))
print(sum(2**k for k in range(100)) == 2**100 - 1)
def typed_sum(n: int) -> int:
    return sum(i * 3037000500 for i in range(n))
def typed_loop(n: int) -> int:
    t = 0
    for i in range(n):
        t += i * 3037000500
    return t
print(typed_sum(5), typed_loop(5), typed_sum(5) == typed_loop(5))
def fact_sum(n: int) -> int:
    f = 1
    total = 0
    for i in range(1, n + 1):
        f *= i
        total += f
    return total
print(fact_sum(25))
print(sum(x for x in [9223372036854775807, 9223372036854775807, -9223372036854775807]))
