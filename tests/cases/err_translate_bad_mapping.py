print("abc".translate({97: "A", 98: None}))
print("abc".translate(["x", "y"]))
print(str.maketrans({"a": 1, 98: "B"}) == {97: 1, 98: "B"})
print("abc".translate({97: 3.5}))
