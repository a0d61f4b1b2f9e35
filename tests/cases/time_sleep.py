# sleep really sleeps: at least the time asked, measured on perf_counter,
# and not absurdly longer.
import time

t0 = time.perf_counter()
r = time.sleep(0.05)
dt = time.perf_counter() - t0
print(r, dt >= 0.05, dt < 1.0)

n0 = time.monotonic_ns()
time.sleep(0.03)
n1 = time.monotonic_ns()
print(n1 - n0 >= 30_000_000, n1 - n0 < 1_000_000_000)

# An int number of seconds (0), a float, a bool.
t0 = time.perf_counter()
time.sleep(0)
time.sleep(False)
time.sleep(0.001)
print(time.perf_counter() - t0 >= 0.001)


def nap(secs: float) -> float:
    start = time.perf_counter()
    time.sleep(secs)
    return time.perf_counter() - start


total = 0.0
for i in range(3):
    total += nap(0.01 * (i + 1))
print(total >= 0.06, total < 2.0)

# The wall clock moves too.
w0 = time.time()
time.sleep(0.02)
print(time.time() - w0 > 0.0)
