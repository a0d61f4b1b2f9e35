a: str = "foo"
b: str = 'bar'
print(a + b, b + a, a + "" + b, "" + "")
print(a * 3, 3 * a, a * 0, a * -2, "" * 100, "-" * 20)
c = a
c += b
c *= 2
print(c)
s: str = ""
for i in range(5):
    s += str(i) + ","
print(s)
print("ab" * 3 + "c" * 2, ("x" + "y") * 2)
print(len(a * 1000), len(""))
print("=" * True, "#" * False + "|")
