import sys

data = sys.stdin.buffer.read()
print(type(data).__name__, len(data), data.split())
sys.stdout.write("text\n")
sys.stdout.flush()
n = sys.stdout.buffer.write(b"raw bytes\n")
sys.stdout.buffer.flush()
print(n, sys.stdout.isatty(), sys.stdin.isatty())
readline = sys.stdin.readline
print(repr(readline()))
