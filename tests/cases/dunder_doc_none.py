x = 1
print(__doc__)
print(__file__.split("/")[-1], __file__.startswith("/"))
