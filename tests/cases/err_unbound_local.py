x = 10

def f():
    print("in f")
    print(x)
    x = 1

print(x)
f()
