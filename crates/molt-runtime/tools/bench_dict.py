"""Micro-benchmark of the runtime's dict against python3.11 (developer
tool, needs cc; timings only, never asserted).

1. Word frequency: 3M words (Zipf over 20000 distinct, or uniform over
   2000), counted with `d[w] = d.get(w, 0) + 1` and with
   `if w in d: d[w] += 1 else: d[w] = 1`. Each pass gets freshly built
   word strs (as `text.split()` makes them, so hashes are not cached).
   The C side calls the entry points compiled code uses (molt_dict_get,
   molt_dict_setitem, molt_dict_contains, molt_dict_getitem), with the
   small-int `+ 1` inline. Best of 5 passes each, in CPU time (the
   machines this runs on are shared).
2. Peak RSS of `d[i] = i * 2` for i < 1_000_000.

Usage (from the workspace root, after `cargo build -p molt-runtime --release`):

    python3.11 crates/molt-runtime/tools/bench_dict.py
"""
import os
import random
import subprocess
import sys
import tempfile

C_WORDS = r"""
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
typedef unsigned long long V;
V molt_str_from_utf8(const unsigned char*, size_t); V molt_dict_new(void); V molt_dict_get(V, V, V);
V molt_dict_setitem(V, V, V); V molt_add(V, V); void molt_decref(V);
int molt_dict_contains(V, V); V molt_dict_getitem(V, V);
static double now(void) { struct timespec t; clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t); return t.tv_sec + t.tv_nsec * 1e-9; }
static inline V add1(V v) {
  if (v & 1) { long long x = ((long long)v >> 1) + 1; return ((V)x << 1) | 1; }
  return molt_add(v, 3);
}
static char *buf; static V *words, *old; static size_t nw, nold;
/* `words = text.split()`: the new list is built before the old one dies. */
static void split(void) {
  V *t = old; old = words; words = t; nold = nw; nw = 0; char *p = buf;
  while (*p) { while (*p == ' ') p++; if (!*p) break; char *s = p; while (*p && *p != ' ') p++;
               words[nw++] = molt_str_from_utf8((unsigned char*)s, p - s); }
  for (size_t i = 0; i < nold; i++) molt_decref(old[i]);
}
V molt_module_main(void) {
  FILE *f = fopen(getenv("WORDS"), "rb"); fseek(f, 0, SEEK_END); long n = ftell(f); fseek(f, 0, SEEK_SET);
  buf = malloc(n + 1); if (fread(buf, 1, n, f) != (size_t)n) return 0x02; buf[n] = 0; fclose(f);
  words = malloc(n * sizeof(V)); old = malloc(n * sizeof(V));
  double b1 = 1e9, b2 = 1e9;
  for (int rep = 0; rep < 5; rep++) {
    split();
    double t = now(); V d = molt_dict_new();
    for (size_t i = 0; i < nw; i++) {
      V v = molt_dict_get(d, words[i], 1); V w = add1(v);
      molt_dict_setitem(d, words[i], w); molt_decref(v); molt_decref(w);
    }
    t = now() - t; if (t < b1) b1 = t;
    split();
    t = now(); V d2 = molt_dict_new();
    for (size_t i = 0; i < nw; i++) {
      if (molt_dict_contains(d2, words[i])) {
        V v = molt_dict_getitem(d2, words[i]); V w = add1(v);
        molt_dict_setitem(d2, words[i], w); molt_decref(v); molt_decref(w);
      } else molt_dict_setitem(d2, words[i], 3);
    }
    t = now() - t; if (t < b2) b2 = t;
    molt_decref(d); molt_decref(d2);
  }
  printf("%.4f %.4f\n", b1, b2);
  return 0x02;
}
"""

PY_WORDS = r"""
import sys, time
text = open(sys.argv[1]).read()
b1 = b2 = 1e9
for rep in range(5):
    words = text.split()
    t = time.process_time()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    b1 = min(b1, time.process_time() - t)
    words = text.split()
    t = time.process_time()
    d2 = {}
    for w in words:
        if w in d2:
            d2[w] += 1
        else:
            d2[w] = 1
    b2 = min(b2, time.process_time() - t)
print("%.4f %.4f" % (b1, b2))
"""

# Peak RSS is VmHWM: getrusage's ru_maxrss survives exec, so a child of a
# big Python process would report its parent's peak.
C_MEM = r"""
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
typedef unsigned long long V;
V molt_dict_new(void); V molt_dict_setitem(V, V, V);
V molt_module_main(void) {
  V d = molt_dict_new();
  for (long long i = 0; i < 1000000; i++) molt_dict_setitem(d, ((V)i << 1) | 1, ((V)(2 * i) << 1) | 1);
  FILE *f = fopen("/proc/self/status", "r"); char line[256];
  while (fgets(line, sizeof line, f)) if (!strncmp(line, "VmHWM:", 6)) printf("%ld\n", atol(line + 6));
  return 0x02;
}
"""

PY_MEM = r"""
d = {}
for i in range(1_000_000):
    d[i] = i * 2
print([int(x.split()[1]) for x in open("/proc/self/status") if x.startswith("VmHWM:")][0])
"""


def build(tmp, name, src, lib):
    c, exe = os.path.join(tmp, name + ".c"), os.path.join(tmp, name)
    with open(c, "w") as fh:
        fh.write(src)
    subprocess.run(["cc", "-O2", c, lib, "-lpthread", "-ldl", "-lm", "-o", exe], check=True)
    return exe


def main():
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
    lib = os.path.join(root, "target", "release", "libmolt_runtime.a")
    tmp = tempfile.mkdtemp()
    words_exe = build(tmp, "words", C_WORDS, lib)
    mem_exe = build(tmp, "mem", C_MEM, lib)
    env = dict(os.environ, PYTHONHASHSEED="0")
    rng = random.Random(5)
    for label, ndistinct, zipf in [("zipf, 20000 distinct", 20000, True), ("uniform, 2000 distinct", 2000, False)]:
        vocab = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 10)))
                 for _ in range(ndistinct)]
        weights = [1.0 / (i + 1) for i in range(ndistinct)] if zipf else None
        path = os.path.join(tmp, "words.txt")
        with open(path, "w") as fh:
            fh.write(" ".join(rng.choices(vocab, weights, k=3_000_000)))
        m = subprocess.run([words_exe], env=dict(env, WORDS=path), capture_output=True, text=True).stdout.split()
        p = subprocess.run([sys.executable, "-c", PY_WORDS, path], env=env, capture_output=True, text=True).stdout.split()
        for i, pattern in enumerate(["d[w] = d.get(w, 0) + 1", "if w in d: d[w] += 1 ..."]):
            mt, pt = float(m[i]), float(p[i])
            print(f"{label:24} {pattern:26} molt {mt:.3f}s  python3.11 {pt:.3f}s  x{pt / mt:.1f}")
    m = int(subprocess.run([mem_exe], capture_output=True, text=True).stdout)
    p = int(subprocess.run([sys.executable, "-c", PY_MEM], env=env, capture_output=True, text=True).stdout)
    print(f"dict[int, int] of 1M entries: peak RSS molt {m / 1024:.1f} MiB, python3.11 {p / 1024:.1f} MiB "
          f"({m / p:.0%})")


if __name__ == "__main__":
    main()
