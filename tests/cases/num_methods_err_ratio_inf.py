print((1.5).as_integer_ratio())
print(float('-inf').as_integer_ratio())
