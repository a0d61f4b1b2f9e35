def parse(s: str) -> float:
    return float(s)

print(parse("1.5"), parse(" -2e3 "), parse("inf"))
print(parse("1.5.5"))
