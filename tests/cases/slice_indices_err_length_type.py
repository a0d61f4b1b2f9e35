print(slice(1, 2).indices(2.0))
