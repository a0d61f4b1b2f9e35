def f():
    pass
print(None)
print(f())
print(None, None, sep="/")
print(print("inner"))
