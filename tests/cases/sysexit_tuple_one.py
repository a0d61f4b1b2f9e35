# sys.exit((5,)): CPython's _Py_HandleSystemExit
import sys

print("before")
sys.exit((5,))
