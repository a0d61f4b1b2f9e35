t = int
print(t.from_bytes())
