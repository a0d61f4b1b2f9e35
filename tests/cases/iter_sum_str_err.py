# sum() refuses a str start.
print(sum(len(w) for w in ["ab", "c"]))
print("".join(w for w in ["ab", "c"]))
print(sum((w for w in ["ab", "c"]), ""))
