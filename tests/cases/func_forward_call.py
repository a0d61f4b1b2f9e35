def main():
    print(helper(3))
    print(helper(helper(2)))
    report()

def helper(x):
    return x * x + offset()

def offset():
    return 1

def report():
    print("report:", later_value())

def later_value() -> int:
    return LIMIT * 2

LIMIT = 21
main()
