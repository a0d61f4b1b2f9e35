print(1 in 2)
