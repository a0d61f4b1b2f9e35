s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.find(""), s.rfind(""), s.find("o", 10, 20), s.find("o", -5))
print(s.index("quick"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""), s.count("o", 0, 15), "aaaa".count("aa"))
print(s.startswith("the"), s.startswith("quick", 4), s.endswith("dog"), s.endswith(("cat", "dog")), s.startswith(("a", "b")), s.endswith("lazy", 0, 39))
print(s.replace("the", "a"), "|", s.replace("o", "0", 2), "|", "abc".replace("", "-"), "|", "aaa".replace("a", "b", -1))
print("héllo wörld".find("wö"), "héllo wörld".index("l"), "中文中文".rfind("中"), "中文中文".count("文"))
print(s.partition(" "), s.rpartition(" "), s.partition("zzz"), "a-b".removeprefix("a-"), "a-b".removesuffix("-b"), "abc".removeprefix("x"))
