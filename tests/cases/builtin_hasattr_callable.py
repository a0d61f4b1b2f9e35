def f(x):
    return x


g = lambda: 0
print(callable(f), callable(g), callable(len), callable(int), callable(3), callable("s"))
print(hasattr("abc", "upper"), hasattr("abc", "nope"), hasattr(3, "real"), hasattr(3, "bit_length"))
print(hasattr([], "append"), hasattr({}, "items"), hasattr(range(3), "stop"), hasattr(b"x", "decode"))
print(getattr(range(2, 9), "start"), getattr(5, "nope", "default"), getattr("abc", "upper")())
print(getattr(f, "__name__"), getattr(1.5, "imag", None), getattr([], "pop", None) is None)
print(getattr(3, "nope"))
