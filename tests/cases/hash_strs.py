for s in ["", "a", "b", "ab", "ba", "hello", "hello world", "Molt", "é", "中文", "🙂", "a" * 100, "key0", "key1", "\x00", "\xff", "\u0100"]:
    print(repr(s), hash(s))
print(hash("abc") == hash("ab" + "c"), hash("x") == hash("x"[:1]))
