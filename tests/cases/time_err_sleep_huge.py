# A sleep past the end of the monotonic clock: CPython's deadline wraps
# and clock_nanosleep refuses it with EINVAL.
import time

time.sleep(9223372036)
