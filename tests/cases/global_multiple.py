a: int = 1
b: int = 2
c: int = 0

def step():
    global a, b, c
    a, b = b, a + b
    c += 1

while a < 1000:
    step()
print(a, b, c)

def reset():
    global a
    global b
    a = b = 0

reset()
print(a, b, c)
