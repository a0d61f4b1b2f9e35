print(b"a\tb".expandtabs(2))
b"a\tb".expandtabs(2**40)
