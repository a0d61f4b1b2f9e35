# sys.exit(10**20): CPython's _Py_HandleSystemExit
import sys

print("before")
sys.exit(10**20)
