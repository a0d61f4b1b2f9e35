tests = ["abc", "ABC", "Abc", "123", "12.5", "", " ", "a1", "½", "²", "٣", "x_y", "_id", "1abc", "if", "Ⅻ", "\t\n", "é", "中文", "a b"]
print("s isalpha isdigit isdecimal isnumeric isalnum isspace isidentifier isprintable isascii")
for s in tests:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(), s.isidentifier(), s.isprintable(), s.isascii())
print("\x00".isprintable(), "\x7f".isprintable(), "\u200b".isprintable(), "🙂".isprintable())
