# CPython refuses a negative sleep length.
import time

print("before")
time.sleep(-1)
print("not reached")
