def level3(x: int) -> int:
    print("level3", x)
    return 100 // (x - 3)

def level2(x: int) -> int:
    print("level2", x)
    return level3(x + 1) + 1

def level1(x: int) -> int:
    print("level1", x)
    return level2(x + 1) * 2

print(level1(0))
print(level1(1))
