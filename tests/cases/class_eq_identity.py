# Without __eq__, equality is identity.


class Token:
    def __init__(self, text):
        self.text = text


t1 = Token("a")
t2 = Token("a")
t3 = t1
print(t1 == t2, t1 != t2)
print(t1 == t3, t1 != t3)
print(t1 is t3, t1 is t2, t1 is not t2)
print(t1.text == t2.text)
lst = [t1, t2]
print(t3 in lst, Token("a") in lst)
print(lst.index(t2))
print(lst.count(t1))
print([t1] == [t3], [t1] == [t2])
print(t1 == "a", "a" == t1, t1 == None)

# instances without __eq__ are hashable by identity
d = {t1: "first", t2: "second"}
print(d[t1], d[t3], d[t2])
print(len(d))
s = {t1, t2, t3}
print(len(s))
print(t1 in s, Token("a") in s)
print(hash(t1) == hash(t3))


class Sub(Token):
    pass


s1 = Sub("b")
s2 = Sub("b")
print(s1 == s2, s1 == s1, s1 != s2)
print(len({s1, s2, s1}))
seen = []
for t in [t1, t2, t3, s1, s2, s1]:
    if t not in seen:
        seen.append(t)
print(len(seen))
print([x.text for x in seen])
