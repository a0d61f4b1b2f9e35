# sys.exit(3.5): CPython's _Py_HandleSystemExit
import sys

print("before")
sys.exit(3.5)
