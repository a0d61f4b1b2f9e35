import sys
print("ok")
print("x", sep=3, file=sys.stderr)
