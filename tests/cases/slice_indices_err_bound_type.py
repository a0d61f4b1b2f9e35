print(slice('a', 2).indices(5))
