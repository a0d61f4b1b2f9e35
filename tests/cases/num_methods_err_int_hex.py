print((255).hex())
