# __name__ and __qualname__ of builtins and builtin methods used as values.
f = len
g = str.lower
print(f.__name__, f.__qualname__, g.__name__, g.__qualname__, abs.__name__, str.upper.__qualname__)
