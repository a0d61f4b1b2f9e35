# perf_counter and monotonic never go back, read in tight loops, directly
# and through function values.
import time


def never_back(n: int) -> bool:
    prev = time.perf_counter()
    ok = True
    for _ in range(n):
        cur = time.perf_counter()
        if cur < prev:
            ok = False
        prev = cur
    return ok


def never_back_ns(n: int) -> bool:
    prev = time.monotonic_ns()
    for _ in range(n):
        cur = time.monotonic_ns()
        if cur < prev:
            return False
        prev = cur
    return True


def never_back_value(clock, n):
    prev = clock()
    for _ in range(n):
        cur = clock()
        if cur < prev:
            return False
        prev = cur
    return True


print(never_back(20000), never_back_ns(20000))
for clock in [time.perf_counter, time.perf_counter_ns, time.monotonic, time.monotonic_ns]:
    print(never_back_value(clock, 5000))

a = time.monotonic()
b = time.monotonic()
c = time.perf_counter_ns()
d = time.perf_counter_ns()
print(b >= a, d >= c, b - a >= 0.0, d - c >= 0)
# The process-time clock never goes back either.
p = time.process_time_ns()
q = time.process_time_ns()
print(q >= p)
