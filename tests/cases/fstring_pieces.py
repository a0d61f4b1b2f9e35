# f-strings made of one piece, only literals, or adjacent literals, and
# plain fields of int, bool and str.
n = 42
b = True
s = "text"
f = 2.5
print(repr(f""))
print(repr(f"plain"))
print(f"{n}", f"{b}", f"{s}", f"{f}")
print(f"{-n}{n}{s}", f"{n}" + f"{s}")
print(f"{n:>6}|{b:>6}|{s:^8}|{f:.3f}")
print(f"{n=}", f"{s=}", f"{b=}")
print(f"{n = }", f"{s!r:>10}")
w = 7
print(f"{n:{w}}|{s:{'>'}{w}}|")
print(f"{'{'}{n}{'}'}", f"{{{n}}}")
print(f"{10**30}", f"{-(2**64)}")
print(f"{True + 1}", f"{not b}")
t = f"{s}"
print(t == s, type(t).__name__)
print(f"{n:x}{n:o}{n:b}", f"{n:,}", f"{1234567:_}")
