print("{} {}".format(1, "a"), "{1}{0}".format("x", "y"), "{name}!".format(name="hi"), "{:>6}|".format("ab"))
print("{:08.3f}".format(3.14159), "{0!r:^10}".format("q"), "{:,}".format(1234567), "{:b}".format(10))
print("{0[1]} {1[k]}".format([5, 6], {"k": "v"}), "{{literal}}".format(), "{:x<4}".format(7))
rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25)]
for name, q, p in rows:
    print("{:<8}{:>4}{:>8.2f}".format(name, q, p))
print("-".join("{}".format(i) for i in range(3)), format(3.5, ".2f"), format([1], ""))
