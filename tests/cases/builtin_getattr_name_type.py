print(hasattr(3, 4))
