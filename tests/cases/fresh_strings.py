def banner(word: str, width: int) -> str:
    pad = (width - len(word)) // 2
    return "*" * pad + word + "*" * (width - len(word) - pad)

print(banner("molt", 12))
print(banner("héllo wörld", 15))
print(banner("中文", 6))
s = ""
for i in range(5):
    s = s + str(i) * i
print(s, len(s), s < "1223", "abc" < "abd" < "b", "Z" < "a")
print(repr("it's"), repr('say "hi"'), str(None), str(True), str(-0.0))
