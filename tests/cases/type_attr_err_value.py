# A missing attribute of a builtin type object.
f = str.upper
print(f("a"))
x = int.foo
print(x)
