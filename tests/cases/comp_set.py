print({x % 5 for x in range(100)})
print({c for c in "mississippi"} == set("misp"), sorted({c for c in "mississippi"}))
print({len(w) for w in "the quick brown fox jumps".split()})
print({(a, b) for a in range(2) for b in range(2)})
print({x for x in [1, 1.0, True, 2]}, {-0.0, 0, False})
print({abs(x) for x in range(-4, 5)})
primes = {n for n in range(2, 50) if all(n % d for d in range(2, n))}
print(primes, len(primes))
print({w[-1] for w in ["cab", "dab", "zed", "ked"]})
