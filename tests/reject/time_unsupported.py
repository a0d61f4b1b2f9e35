# Only the clocks and sleep of `time` are supported: its other names are
# refused at compile time, each with the list of what is supported.
import time
from time import strftime, perf_counter, nosuch
from time import *

print(time.localtime())
fmt = time.strftime
print(time.CLOCK_MONOTONIC, time.timezone, time.__name__)
print(time.foo(), perf_counter())
x = time.bar
print(time)
