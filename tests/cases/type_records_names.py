# Every value has a type record: type() names views, iterators and immediates
# as CPython does, and identical types are the same object.
d = {1: 2, 3: 4}
print(type(d.keys()), type(d.values()), type(d.items()))
print(type(iter("abc")), type(iter("é")), type(iter((1,))), type(iter(d)))
print(type(iter(d.values())), type(iter(d.items())), type(enumerate([])), type(zip()))
print(type(iter({1})), type(iter(b"a")), type(iter(bytearray(b"a"))))
print(type(iter([])), type(reversed([])), type(iter(range(3))), type(map(abs, [])))
print(type(None), type(True), type(1), type(2**70), type(1.5), type(""), type(()))
print(type(None) is type(None), type(1) is int, type(2**70) is int, type(True) is bool)
print(type(True) is int, type([]) is list, type({}) is dict, type(d.keys()) is type({}.keys()))
print(type(d.keys()) is type(d.values()), type(iter("a")) is type(iter("b")))
print(type(d.items()).__name__, type(iter(d)).__name__, type(False).__name__)
