print(str.lower("ABC"), str.join(",", ["a", "b", "c"]), str.split("a b  c"))
print(str.replace("aaa", "a", "b", 2), str.startswith("hello", "he"))
xs = [3, 1, 2]
list.append(xs, 4)
list.sort(xs)
print(xs, list.count(xs, 1), tuple.index((5, 6), 6), dict.get({"k": 1}, "k"))
print(int.bit_length(255), float.is_integer(2.0), bytes.decode(b"hi"), set.union({1}, {2}))
print(str.split("a,b", sep=","))
print(str.lower())
