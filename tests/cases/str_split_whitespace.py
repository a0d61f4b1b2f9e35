cases = ["a b c", "  leading", "trailing  ", "  both  ", "", "   ", "tab\tsep\tvals", "new\nline\r\nmix", "multi   space", "\x0bvt\x0cff\x1cfs", "uni\u3000space\u2003em", "nbsp\xa0here"]
for s in cases:
    print(repr(s), s.split(), s.rsplit(), len(s.split()))
print("a b c d".split(None, 1), "a b c d".split(maxsplit=2), "a b c d".rsplit(None, 1), "a b c d".rsplit(maxsplit=2))
print("  a  b  ".split(maxsplit=1), "  a  b  ".rsplit(maxsplit=1), "  a  b  ".split(maxsplit=0), "  a  b  ".rsplit(maxsplit=0))
print("a b".split(maxsplit=-1), "x".split(None, 5), "".split(maxsplit=0))
