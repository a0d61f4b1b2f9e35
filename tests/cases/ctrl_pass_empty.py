def nothing():
    pass

for i in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    pass
print(nothing(), i)
def docstring_only():
    """Just a docstring."""
print(docstring_only())
