def shout(s: str, times: int = 2) -> str:
    return s * times + "!"

def describe(n: int) -> str:
    if n < 0:
        return "negative " + str(-n)
    elif n == 0:
        return "zero"
    return "positive " + str(n)

greeting: str = "hi"
print(shout(greeting), shout("é", 3), shout("", 5))
print(describe(-5), describe(0), describe(12))
t: str = describe(7)
t += "?"
print(t, len(t))
