def parse(s: str) -> int:
    return int(s)

print(int("42"), parse(" -7 "))
s: str = "abc"
print(parse(s))
