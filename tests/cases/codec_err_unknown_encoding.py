# an encoding name CPython does not know
print("x".encode("UTF--8"), "x".encode("cp-1252"))
