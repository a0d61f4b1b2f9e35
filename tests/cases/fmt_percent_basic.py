print("%d items" % 5, "%s and %s" % ("a", "b"), "%r" % "q", "%5.2f|" % 3.14159, "%-6s|" % "ab")
print("%x %X %o %e" % (255, 255, 8, 12345.678), "%03d" % 7, "%+d" % 5, "%%" % ())
print("%s" % [1, 2], "%s" % ((1, 2),), "%(name)s is %(age)d" % {"name": "ann", "age": 30})
rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25)]
for r in rows:
    print("%-8s%4d%8.2f" % r)
