# str.join over generator expressions.
words = ["alpha", "beta", "gamma"]
print("".join(w[0] for w in words))
print(",".join(str(x) for x in range(5)))
print(", ".join(w.upper() for w in words if "a" in w[1:]))
print("-".join(c for c in "abc"), "".join(c * 2 for c in "xyz"))
print("|".join(str(x) for x in []), repr("".join(x for x in [])))
print(" ".join(f"{i}:{w}" for i, w in enumerate(words, 1)))
print("".join(str(x % 10) for x in range(25)))
print("+".join(str(a * b) for a, b in zip([1, 2, 3], [4, 5, 6])))
print("\n".join(k + "=" + str(v) for k, v in {"a": 1, "b": 2.5}.items()))
print("é".join(s for s in ["a", "b"]), "".join(reversed("abc")))
print(",".join(str(x) for x in [1.0, -0.0, 1e20, 1e-7, float("nan")]))
print(",".join(repr(s) for s in ["a", "b'c"]))
print("".join(chr(ord("a") + i) for i in range(26)))
print(str.join(":", (s for s in "xyz")), ", ".join(sorted(w for w in words)))
print(",".join(str(x) for x in [True, None, 2**64, (1, 2)]))
def csv(xs: list[int]) -> str:
    return ",".join(str(x) for x in xs)
def csvf(xs: list[float]) -> str:
    return ";".join(str(x) for x in xs)
print(csv([1, 2, 3]), csv([]), csvf([0.1, 2.0]), csvf([]))
out = ""
for i, w in enumerate(words):
    out += ("," if i else "") + w
print(out == ",".join(w for w in words))
