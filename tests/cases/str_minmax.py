print(min("banana", "apple", "cherry"), max("banana", "apple", "cherry"))
print(min("a", "A"), max("a", "A"), min("", " "), max("é", "e", "f"))
print(max("10", "9", "100"), min("abc", "abd", "ab"))
w1 = "zeta"
w2 = "alpha"
first = min(w1, w2)
print(first, "<", max(w1, w2))
