# repr/str/print of builtin functions and methods of builtin types used as values
import math
f = len
print(len, abs, repr(min), str(sum), [len, abs, sorted, iter, next, any, all, round, hash, ascii])
print(f, f("abc"), math.sqrt, [math.floor], str(math.gcd), repr(math.isclose))
print(str.lower, [str.upper, list.append, dict.get], str(set.union))
print(chr, ord, hex, bin, oct, max, reversed, repr, str, int, float, bool, list, tuple, set, frozenset)
print(f"{len}", f"{abs!r}", "%s" % (sorted,), "{}".format(min), format(max, ""))
h = lambda y: y
def k(x):
    return x
print(repr(h)[:18], repr(k)[:12], sorted(["b", "A"], key=str.lower))
