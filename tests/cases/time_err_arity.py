# The clocks take no arguments.
import time

print(type(time.time()))
time.time(1)
