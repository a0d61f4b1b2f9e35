cases = ["hello world", "HELLO World", "hELLO wORLD", "they're bill's friends", "123abc", "ß straße", "ǅungla", "ﬁre", "İstanbul", "ΣΊΣΥΦΟΣ", ""]
for s in cases:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
words = ["Zebra", "apple", "Mango", "banana"]
print([w.lower() for w in words], [w.upper() for w in words], sorted(w.casefold() for w in words))
print("hello".title() == "Hello", "Hello World".istitle(), "Hello world".istitle(), "ABC".isupper(), "abc1".islower())
