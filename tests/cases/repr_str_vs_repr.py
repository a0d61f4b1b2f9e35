vals = [1, 1.0, "1", [1], (1,), {1}, {1: 1}, None, True, "a'b", 2 ** 70, -0.0, range(1), frozenset()]
for v in vals:
    print(str(v), repr(v), f"{v}", f"{v!r}", f"[{v!s:>12}]", f"[{v!r:<12}]", sep=" | ")
print(str(["a", 'b"c']), repr(["a", 'b"c']), ascii(["a", "é"]))
print(f"{['x', 1]!a}", f"{('é',)!a}", f"{'é'!a}")
print(str("x"), repr("x"), str(str("x")), repr(repr("x")))
print(f"{str([1, 2]):*^14}", f"{repr((1,)):>8}")
