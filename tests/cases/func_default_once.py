def make_default():
    print("computing default")
    return 42

def f(x=make_default()):
    return x + 1

print("defined")
print(f())
print(f())
print(f(0))

base = 10
def g(y=base * 2):
    return y

base = 1000
print(g(), g(1))
