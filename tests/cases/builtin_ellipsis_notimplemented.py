def todo():
    ...


x = ...
print(x, Ellipsis, x is Ellipsis, x == ..., todo())
print(NotImplemented, NotImplemented is NotImplemented)
print([..., NotImplemented], {...: 1}[Ellipsis], type(...).__name__)
print(repr(...), str(NotImplemented), bool(...))
