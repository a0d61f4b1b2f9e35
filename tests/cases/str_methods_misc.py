s = "Hello, World"
print(s.count("l"), s.count("l", 4), s.count("l", 4, 10), s.count("", 3, 5), "".count(""))
print(s.startswith(""), s.endswith(""), "".startswith(""), s.startswith("World", 7), s.endswith("Hello", 0, 5))
print(s.index("o"), s.rindex("o"), s.find("o", 5, 8), s.find("o", 8, 5))
print(s.upper().lower(), s.swapcase().swapcase() == s, s[::-1].upper())
print(s.split(", "), s.lower().split("o"), s.replace("l", "L", 2))
print(s.isalpha(), s.replace(", ", "").isalpha())
print(len(s), s * 2, s + "!", s[7:] + s[:5], min(s), max(s), sorted(set(s.lower())))
vals = [s.find(c) for c in "HWxyz,"]
print(vals, [s.count(c) for c in "lo "])
