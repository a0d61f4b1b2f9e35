__doc__ = "mine"
print(__doc__)
