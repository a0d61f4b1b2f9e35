# for/else with return and nested loops inside functions, typed and untyped.
def first_dup(xs: list[int]) -> int:
    for i, x in enumerate(xs):
        for y in xs[i + 1:]:
            if x == y:
                return x
    else:
        return -1

def first_dup_u(xs):
    for i, x in enumerate(xs):
        for y in xs[i + 1:]:
            if x == y:
                return x
    else:
        return None

def is_prime(n: int) -> bool:
    if n < 2:
        return False
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            return False
    return True

def pairs_sum(xs: list[int], t: int) -> tuple[int, int]:
    for i, a in enumerate(xs):
        for j, b in enumerate(xs):
            if i < j and a + b == t:
                return (i, j)
    return (-1, -1)

print(first_dup([1, 2, 3, 2, 1]), first_dup([1, 2]), first_dup([]))
print(first_dup_u([1, 2, 3, 2, 1]), first_dup_u(["a"]), first_dup_u("abca"))
print([n for n in range(30) if is_prime(n)])
print(pairs_sum([3, 5, 1, 7], 8), pairs_sum([1], 2), pairs_sum([4, 4], 8))
for k in range(3):
    for m in range(3):
        if m == k:
            break
    else:
        print("inner completed for", k)
    print("k", k, "m", m)
