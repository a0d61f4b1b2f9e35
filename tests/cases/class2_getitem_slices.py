# __getitem__/__setitem__/__delitem__ receiving slice objects, tuples,
# negative indices and Ellipsis.


class View:
    def __init__(self, data):
        self.data = data

    def __getitem__(self, key):
        if isinstance(key, slice):
            return View(self.data[key])
        return self.data[key]

    def __setitem__(self, key, value):
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return "View" + repr(self.data)


v = View(list(range(10)))
print(v[1:3], v[-1], v[-3], v[0])
print(v[::2], v[::-1], v[1:8:3], v[:], v[5:], v[:-7])
print(v[2:5][1], v[::2][::2], len(v[3:]))
v[1:3] = ["a", "b", "c"]
print(v)
v[::4] = [None, None, None]
print(v)
del v[0:2]
print(v)
del v[-1]
del v[::3]
print(v, len(v))


class Probe:
    def __getitem__(self, key):
        return key

    def __setitem__(self, key, value):
        print("set", key, value)

    def __delitem__(self, key):
        print("del", key)


p = Probe()
print(p[1:3])
print(p[::2], p[:5], p[1:], p[-1], p["k"])
print(p[1, 2], p[1:2, 3], p[...], p[:, 0])
print(p[None:None], p[-1:-5:-1])
k = p[1:5]
print(type(k).__name__, k.start, k.stop, k.step)
print(p[1:10:2].indices(5), p[::-1].indices(4))
print(p[1:2] == slice(1, 2), p[1:2] == slice(1, 3))
p[2:4] = "x"
p[0] = [1]
p[1, 2] = 0
del p[::2]
del p["key"]
s = slice(2, 6)
print(v[s] if len(v) > 0 else None, list(range(10))[p[2:6]])
