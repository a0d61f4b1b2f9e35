import sys

print(type)
print(issubclass(bool, int))
o = object()
x = (5).__class__
sys.setrecursionlimit(10000)
print(id(x), globals(), complex(1, 2))
e = ValueError("bad")
print(super, property, staticmethod, classmethod)
f = open("data.txt")
print(eval("1"), dir(), vars())
s = sys
