cases = ["  hi  ", "\t\n hi \r\n", "xxhixx", "hi", "", "   ", "\u3000wide\u3000", "..a.b.."]
for s in cases:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcHIcba".lstrip("abc"), "abcHIcba".rstrip("cab"))
print("..a.b..".strip("."), "www.example.com".strip("cmowz."), "hello".strip(""), "  a  ".strip(None))
print("ééaéé".strip("é"), "🙂🙂x🙂".rstrip("🙂"), "0001200".lstrip("0"), "0001200".rstrip("0"))
print("prefix-body".removeprefix("prefix-"), "body.txt".removesuffix(".txt"), "x".removeprefix("xx"), "".removesuffix(""))
lines = ["  alpha ", "beta\n", "\tgamma\t"]
print([l.strip() for l in lines], "|".join(l.strip() for l in lines))
