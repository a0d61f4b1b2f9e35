print(slice(1, 2).indices())
