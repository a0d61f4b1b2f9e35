print(b"a\nb".splitlines(True))
print(b"a".splitlines(keepend=True))
