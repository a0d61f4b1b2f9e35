# Function names that look like the compiler's own symbol suffixes.
def name(i: int) -> str:
    return "n" + str(i)


def bails(n: int) -> int:
    return n * 2 + 1


def main() -> int:
    return 7


def raw(x: float) -> float:
    return x / 2


def molt_module_main() -> str:
    return "user"


print(name(3), bails(20), main(), raw(5.0), molt_module_main())
print(sum(bails(i) for i in range(10)))
