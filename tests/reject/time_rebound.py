# A name imported from `time` that the module also assigns or defines:
# which binding a use sees depends on statement order, so Molt refuses it.
sleep = 5
from time import sleep, perf_counter as timer
import time


def timer():
    return 0.0


time = "now"
print(sleep, timer(), time)
