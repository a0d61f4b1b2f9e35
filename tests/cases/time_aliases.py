# The ways to import `time` and its functions, and the functions as values.
import time
import time as t
from time import perf_counter, sleep
from time import perf_counter_ns as pc_ns, time as now, monotonic as mono

a = perf_counter()
sleep(0.001)
b = t.perf_counter()
print(b >= a + 0.001)
print(type(now()), type(pc_ns()), type(mono()), type(t.time_ns()))
print(sleep(0), t.sleep(0))

clock = time.perf_counter
print(clock is time.perf_counter, clock is perf_counter, t.sleep is sleep)
print(time.sleep, repr(perf_counter), str(pc_ns), now)
print(callable(sleep), callable(t.process_time))
print(type(clock()))
print([type(f()) for f in [time.time, time.time_ns, t.monotonic, mono, pc_ns]])
print(sleep(0.0) is None)


def measure(fn, timer=time.perf_counter):
    t0 = timer()
    fn(0.002)
    return timer() - t0


print(measure(sleep) >= 0.002, measure(t.sleep, t.monotonic) >= 0.002)
f = lambda: perf_counter() >= 0.0
print(f())
