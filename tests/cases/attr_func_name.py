def square(x):
    return x * x


h = square
print(square.__name__, h.__name__, (lambda: 1).__name__, square.__qualname__)
print(len.__name__, str.upper.__name__, "a".upper.__name__)
