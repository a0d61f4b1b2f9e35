xs = ["a", "b", "c"]
print(xs.index("c"))
print(xs.index("c", 0, 2))
