print(ord("🙂"))
print(ord("ab"))
