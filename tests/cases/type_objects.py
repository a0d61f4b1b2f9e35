print(type([]) == list, type({}) is dict, isinstance(True, int), type(True) == int)
