print({x % 7 for x in range(50)})
print({w[0] for w in "alpha beta gamma delta alpha beta".split()})
print({(x, y) for x in range(3) for y in range(3) if x < y})
print({-x for x in range(8)})
print({x * 1000003 for x in range(6)})
print({c.upper() for c in "hello"})
evens = {x for x in range(30) if x % 2 == 0}
threes = {x for x in range(30) if x % 3 == 0}
print(evens & threes, evens ^ threes)
print(set(w for w in ["a", "b", "a"]), set(str(i) for i in range(10)))
