# molt-robust: exec "$@" > /dev/full
# An explicit flush that fails raises OSError.
import sys
print("hello", flush=True)
print("never")
