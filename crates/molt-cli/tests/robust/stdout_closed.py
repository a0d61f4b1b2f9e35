# molt-robust: exec "$@" >&-
# print() with stdout closed does nothing (sys.stdout is None); status 0.
import sys
print("lost")
print(sys.stdout is None)
print("done", file=sys.stderr)
