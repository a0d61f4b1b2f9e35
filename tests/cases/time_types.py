# The clocks of `time` return floats (seconds) or ints (nanoseconds);
# sleep returns None.
import time

print(type(time.time()), type(time.time_ns()))
print(type(time.perf_counter()), type(time.perf_counter_ns()))
print(type(time.monotonic()), type(time.monotonic_ns()))
print(type(time.process_time()), type(time.process_time_ns()))
print(time.sleep(0), type(time.sleep(0)))
print(time.sleep(0.0), time.sleep(-0.0), time.sleep(False), time.sleep(1e-9))
print(isinstance(time.perf_counter_ns(), int), isinstance(time.time(), float))
print(isinstance(time.time_ns(), bool), isinstance(time.monotonic(), int))
# The epoch clock is past 2020; the others are non-negative.
print(time.time() > 1.6e9, time.time_ns() > 1_600_000_000 * 10**9)
print(time.process_time() >= 0, time.process_time_ns() >= 0)
print(time.monotonic() > 0, time.monotonic_ns() > 0)
print(time.perf_counter() > 0, time.perf_counter_ns() > 0)


def typed_reads() -> float:
    a: float = time.perf_counter()
    b: int = time.perf_counter_ns()
    return a + b / 1e9


print(type(typed_reads()))
