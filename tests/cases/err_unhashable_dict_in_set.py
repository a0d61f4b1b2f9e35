print({frozenset([1])})
x = {1: 2}
print({x})
