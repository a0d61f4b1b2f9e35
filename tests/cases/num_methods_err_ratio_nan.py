print(float('nan').as_integer_ratio())
