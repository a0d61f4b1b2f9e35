# sys.exit(2**40 + 3): CPython's _Py_HandleSystemExit
import sys

print("before")
sys.exit(2**40 + 3)
