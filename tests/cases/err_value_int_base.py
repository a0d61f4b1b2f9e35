def parse(s: str, base: int) -> int:
    return int(s, base)

print(int("z", 36))
print(parse("12", 16), parse("12", 3))
print(parse("12", 2))
