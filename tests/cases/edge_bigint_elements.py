big = [2 ** 100, -(3 ** 70), 10 ** 40 + 1, 0, 7]
print(big, sorted(big), max(big), min(big), sum(big))
print(2 ** 100 in big, 2 ** 100 + 1 in big, big.index(10 ** 40 + 1), big.count(0))
d = {2 ** 100: "a", 2 ** 100 + 1: "b", -(2 ** 100): "c"}
print(d, d[2 ** 100], d.get(2 ** 101, "missing"))
d[2 ** 100] = "updated"
print(d)
s = {2 ** 200, 2 ** 200, 2 ** 201, 1}
print(len(s), sorted(s))
print(sorted([10 ** 20, 1e19, 10 ** 19 + 1, 1e20]))
print({10 ** 20: 1, 1e20: 2}, {10 ** 20 + 1: 1, 1e20: 2})
print({2 ** 53: "int", 2.0 ** 53: "float", 2 ** 53 + 1: "int+1"})
fact = [1]
for i in range(1, 30):
    fact.append(fact[-1] * i)
print(fact[-3:], len(str(fact[-1])))
print([x % 1000 for x in fact[20:]])
print({f % 7 for f in fact})
