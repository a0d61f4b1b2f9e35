# molt-robust: exec "$@" <&-
# input() with stdin closed: RuntimeError, as CPython.
print("before")
print(input())
