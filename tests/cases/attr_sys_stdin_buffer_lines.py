import sys

total = 0
for line in sys.stdin.buffer:
    total += int(line)
    print(line)
print(total)
