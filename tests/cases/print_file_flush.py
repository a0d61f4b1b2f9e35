# print() to sys.stdout / sys.stderr, with flush=, and the keyword values
# evaluated in source order.
import sys
from sys import stderr


def tag(s: str) -> str:
    print("eval", s)
    return s


print("a", "b", file=sys.stdout)
print("c", file=None, flush=True)
print("d", end=tag("!\n"), file=sys.stdout, sep=tag("-"))
print(1, 2, 3, sep=", ", flush=False)
sys.stdout.write("written\n")
sys.stdout.flush()
print("to stderr", 42, file=sys.stderr)
sys.stderr.write("direct\n")
sys.stderr.flush()
print("last on stdout")
print("last on stderr", file=stderr, flush=True)
