for i in range(1, 10):
    line: str = ""
    for j in range(1, i + 1):
        line += str(i * j) + " "
    print(line)
found: int = 0
for a in range(1, 30):
    for b in range(a, 30):
        for c in range(b, 30):
            if a * a + b * b == c * c:
                found += 1
                print(a, b, c)
print("triples:", found)
