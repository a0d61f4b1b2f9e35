print(slice(1, 2).indices(-1))
