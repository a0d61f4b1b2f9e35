print(bytes(3, "ascii"))
