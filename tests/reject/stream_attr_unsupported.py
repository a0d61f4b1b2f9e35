import sys

print(sys.stdout.fileno())
sys.stdin.buffer.peek()
print(sys.version)
