# %f of a str
print(b"%.2f" % (1,))
print(b"%f" % ("a",))
