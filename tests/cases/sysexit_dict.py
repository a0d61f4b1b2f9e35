# sys.exit({1: 'a'}): CPython's _Py_HandleSystemExit
import sys

print("before")
sys.exit({1: 'a'})
