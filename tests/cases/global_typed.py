total: int = 0
ratio: float = 0.5

def add(n: int) -> None:
    global total
    total += n

def adjust(f: float):
    global ratio
    ratio *= f

for i in range(1, 101):
    add(i)
print(total)
adjust(3)
adjust(0.1)
print(ratio)
total = total * 10 ** 18
print(total)
