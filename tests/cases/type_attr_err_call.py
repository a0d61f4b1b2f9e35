# A missing method called on a type object held in a variable.
t = list
print(t.__name__)
t.nope()
