# An int too large for nanoseconds overflows.
import time

time.sleep(10**18)
