from math import factorial
print(factorial(True))
print(factorial(5.0))
