import sys
from sys import argv

name = input()
print(f"hello {name!r}")
n = int(input("count? "))
total = 0
for _ in range(n):
    total += int(input())
print("total", total)
header = sys.stdin.readline()
print("header:", header.strip().split(","))
rows = []
for line in sys.stdin:
    if line.strip() == "END":
        break
    rows.append(line.rstrip("\n").split(","))
print(rows)
rest = sys.stdin.read()
print(repr(rest))
sys.stdout.write("written\n")
print(sys.maxsize, len(argv) >= 1)
print(input())
