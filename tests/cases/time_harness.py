# A pyperformance-style timing harness: only properties of the timings
# are printed, so the output is deterministic.
import time


def work(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def bench_func(func, loops: int, n: int) -> float:
    t0 = time.perf_counter()
    for _ in range(loops):
        func(n)
    return time.perf_counter() - t0


def bench_ns(loops: int) -> int:
    t0 = time.perf_counter_ns()
    for _ in range(loops):
        work(1000)
    return time.perf_counter_ns() - t0


t0 = time.perf_counter()
r = work(200_000)
dt = time.perf_counter() - t0
print(r, dt >= 0, type(dt))

timings = [bench_func(work, 3, 20_000) for _ in range(5)]
print(len(timings), all(x >= 0 for x in timings), min(timings) <= max(timings))
mean = sum(timings) / len(timings)
print(min(timings) <= mean <= max(timings))

elapsed = bench_ns(10)
print(elapsed >= 0, type(elapsed), type(elapsed / 1e9))

start = time.time()
work(10_000)
print(time.time() - start < 60.0)

cpu0 = time.process_time()
work(10_000)
print(time.process_time() - cpu0 >= 0.0)

print(f"{'fast' if dt < 60 else 'slow'}: {len(timings)} runs")
