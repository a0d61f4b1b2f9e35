a = {"a": 1, "b": 2}
b = {"b": 2, "a": 1}
print(a == b, a != b, list(a) == list(b))
print({1: "x"} == {1.0: "x"}, {True: 1} == {1: 1}, {1: 1} == {1: 1.0}, {0: 0} == {False: False})
print({} == {}, {} == [], {"a": [1, 2]} == {"a": [1, 2]}, {"a": [1, 2]} == {"a": [2, 1]})
print({"k": {"n": 1}} == {"k": {"n": 1}}, {(1, 2): 3} == {(1, 2): 3.0})
c = dict(a)
c["c"] = 3
print(a == c, c)
del c["c"]
print(a == c)
nan = float("nan")
d1 = {"n": nan}
d2 = {"n": nan}
# (d1 == d2 holds in CPython by the identity of the one nan object; Molt
# keeps typed floats unboxed, so float identity is not preserved.)
print(d1 == {"n": float("nan")})
print({1: 2} != {1: 3}, {1: 2} != {2: 2})
