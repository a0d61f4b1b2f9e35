words = ["alpha", "beta", "gamma"]
print(",".join(words), " ".join(words), "".join(words), " -- ".join(words))
print("-".join("abc"), "+".join(("x",)), "+".join([]), "/".join(["", ""]), "/".join(["", "a", ""]))
print(", ".join({"k1": 1, "k2": 2}), "|".join(sorted({"b", "a", "c"})), ".".join(reversed(words)))
print("\n".join(["first", "second"]))
print(", ".join(str(i) for i in range(5)))
print("".join(c.upper() if i % 2 == 0 else c for i, c in enumerate("alternating")))
print("".join(reversed("stressed")), "".join(sorted("molt")), "|".join(w[::-1] for w in words))
sep = "é"
print(sep.join(["a", "b"]), "🙂".join("xyz"), "中".join(["1", "2", "3"]))
print(len(",".join([str(i) for i in range(100)])))
parts = []
for i in range(4):
    parts.append(f"{i}:{i * i}")
print("; ".join(parts))
print(" ".join(["x"] * 5), "ab".join("12"), "".join(["a"] * 0) == "")
