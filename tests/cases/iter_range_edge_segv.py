# A small-range comprehension, a comprehension over a range starting at -2**63 - 1,
# then two more: this sequence must print four lists (not crash).
print([i for i in range(-5, -1)])
lo = -(2**63) - 1
print([i for i in range(lo, lo + 3)])
print([i for i in range(-3)])
print([i for i in range(-(2**63) - 1, -(2**63) + 2)])
