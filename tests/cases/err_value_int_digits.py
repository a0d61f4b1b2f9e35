s: str = "1" * 4300
n: int = int(s)
print(n % 1000)
t: str = s + "1"
print(len(t))
print(int(t))
