print(b"a\nb".splitlines(True))
b"a\nb".splitlines("yes")
