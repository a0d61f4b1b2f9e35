print("{} and {}".format(1, 2))
