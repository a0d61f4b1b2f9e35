# %s of a str in bytes formatting
print(b"%d-%s" % (5, b"x"))
print(b"%s" % "abc")
