cases = ["a,b,c", ",a,,b,", "", ",", ",,", "abc", "a, b, c"]
for s in cases:
    print(repr(s), s.split(","), s.rsplit(","), s.split(",", 1), s.rsplit(",", 1))
print("a::b::c".split("::"), "a:::b".split("::"), "aaaa".split("aa"), "aaa".split("aa"), "aaa".rsplit("aa"))
print("k=v=w".split("=", 1), "k=v=w".rsplit("=", 1), "k=v=w".split(sep="=", maxsplit=1), "k=v=w".rsplit(sep="=", maxsplit=0))
print("a b  c".split(" "), " x ".split(" "), "1\t2\t\t3".split("\t"))
print("héllo wörld".split("ö"), "中,文,字".split(","), "a🙂b🙂c".split("🙂"))
line = "name=molt; version=0.1 ;  lang = rust"
pairs = [p.strip().split("=") for p in line.split(";")]
print(pairs)
print({k.strip(): v.strip() for k, v in pairs})
print("a.b.c.d".rsplit(".", 2), "a.b.c.d".split(".", -1), "path/to/file.txt".rpartition("/"))
