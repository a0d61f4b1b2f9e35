print(len("hello"), len(""), len("é"), len("中文"), len("😀"), len("e\u0301"))
print(len("a" * 100 + "b"), len("\n\t"), len("👨‍👩‍👧"))
s = "Grüße, 世界! 🎉"
print(len(s), s)
n = 0
for i in range(len(s)):
    n += i
print(n)
print(len(str(12345)), len(str(-1.5)), len(str(2 ** 100)), len(str(None)))
