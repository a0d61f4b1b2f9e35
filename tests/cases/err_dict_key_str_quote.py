d = {"it's": 1}
print(d["it's"])
print(d["it's not"])
