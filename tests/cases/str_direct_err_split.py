def f(sep: str) -> list[str]:
    return "a b".split(sep)


print(f(" "))
print(f(""))
