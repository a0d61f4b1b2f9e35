# x.append / x.get / x.add on receivers that are not list / dict / set go
# through the generic method dispatch and its errors.
d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 0))
s = {1}
s.add(2)
xs = [1]
xs.append(s)
print(s, xs)
things = [d, s, xs]
things[1].append(3)
