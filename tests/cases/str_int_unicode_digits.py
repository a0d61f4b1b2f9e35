print(int("١٢٣"), int("٣"), int("१२"), int("１２３"))
print(float("１.５"), int(" ٤٢ "))
print(int("\u00a012\u2003"))
s = "٧" * 3
print(int(s) + 1, len(s))
