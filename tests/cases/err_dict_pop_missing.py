d = {"k": 1}
print(d.pop("k"), d.pop("k", "gone"))
print(d.pop("k"))
