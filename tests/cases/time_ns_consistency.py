# The float and nanosecond forms of each clock agree.
import time

s = time.time()
ns = time.time_ns()
print(abs(ns // 10**9 - int(s)) <= 1)
print(abs(ns / 1e9 - s) < 1.0)
print(abs(time.perf_counter_ns() / 1e9 - time.perf_counter()) < 1.0)
print(abs(time.monotonic_ns() / 1e9 - time.monotonic()) < 1.0)
print(abs(time.process_time_ns() / 1e9 - time.process_time()) < 1.0)
# In CPython 3.11 perf_counter is the monotonic clock.
print(abs(time.monotonic() - time.perf_counter()) < 0.5)
# Nanosecond ints are exact: arithmetic on them stays int.
a = time.time_ns()
b = a + 1
print(b - a, type(a // 1000), (a * 1000) // 1000 == a)
