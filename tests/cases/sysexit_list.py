# sys.exit([1, 2]): CPython's _Py_HandleSystemExit
import sys

print("before")
sys.exit([1, 2])
