# a str is one argument, not a mapping, for bytes %
print(b"%s" % b"abc")
print(b"x" % "abc")
