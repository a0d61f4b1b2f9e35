def greet(name, greeting="Hello", punct="!"):
    print(greeting + ", " + name + punct)

def scale(x: float, factor: float = 2.0) -> float:
    return x * factor

def count(n: int = 3, step: int = 1) -> int:
    total = 0
    for i in range(0, n * step, step):
        total += i
    return total

greet("Ada")
greet("Bob", "Hi")
greet("Cy", "Yo", "?")
print(scale(3), scale(3, 0.5), scale(1.5))
print(count(), count(4), count(4, 2))
