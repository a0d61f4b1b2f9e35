a = {"x": 1, "y": 2, "z": 3}
b = {"y": 0, "z": 3, "w": 9}
print(a.keys() == b.keys(), a.keys() == {"x", "y", "z"}, a.keys() == ["x", "y", "z"])
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() ^ b.keys()))
print(sorted(a.items() & b.items()), sorted(a.items() - b.items()))
print(a.keys() <= {"x", "y", "z", "q"}, a.keys() < a.keys(), a.keys() >= {"x"})
print(a.keys().isdisjoint(["p", "q"]), a.keys().isdisjoint(b))
print(a.items() == {("x", 1), ("y", 2), ("z", 3)}, ("x", 1) in a.items())
print(a.values() == a.values(), list(a.values()) == [1, 2, 3])
c = {"z": 3, "y": 2, "x": 1}
print(a == c, a.keys() == c.keys(), a.items() == c.items(), list(a) == list(c))
print(len(a.keys() & {"x", "nope"}), {"x"} & a.keys())
