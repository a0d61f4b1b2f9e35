for t in ("123", "12.3", "abc", "Abc", "ABC", "abc123", "", " ", "\t\n", "½", "²", "٣", "Hello World", "hello World", "_id1", "1id", "ñ", "ǅ"):
    print(repr(t), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalpha(), t.isalnum(), t.isspace(), t.isupper(), t.islower(), t.istitle(), t.isascii(), t.isidentifier())
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "x".center(6, "*"), "ab".ljust(5, "."), "ab".rjust(5), "中".center(4, "文"))
print("a\tbc\td".expandtabs(), "a\tb".expandtabs(4), ", ".join("abc"), "-".join(("x", "y", "z")), "".join(("",)))
