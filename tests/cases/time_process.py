# process_time is CPU time: it grows while the program computes and
# hardly at all while it sleeps.
import time


def spin_until(cpu_secs: float) -> int:
    start = time.process_time()
    n = 0
    while time.process_time() - start < cpu_secs:
        n += 1
    return n


c0 = time.process_time()
w0 = time.perf_counter()
n = spin_until(0.05)
cpu = time.process_time() - c0
wall = time.perf_counter() - w0
print(n > 0, cpu >= 0.05, wall >= cpu - 0.01)

k0 = time.process_time_ns()
s = 0
for i in range(2_000_000):
    s += i % 3
k1 = time.process_time_ns()
print(s, k1 >= k0)

c0 = time.process_time()
time.sleep(0.1)
print(time.process_time() - c0 < 0.05)
