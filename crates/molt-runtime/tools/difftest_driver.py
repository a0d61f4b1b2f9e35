"""Shared machinery of the stdin-fed differential tests (difftest_format.py,
difftest_methods.py): the encoding of Python values for the C driver, the
driver's value parser and result printer, and building, running and
comparing. Developer tool; needs cc and a release build of the runtime. With ASAN=1 in
the environment the driver is built with AddressSanitizer, so memory errors
and leaked objects fail the run.
"""
import os
import struct
import subprocess
import sys
import tempfile

# Refused on purpose (NotImplementedError), not counted as failures.
KNOWN = "not supported by Molt"


def encode(v):
    """A whitespace-free token describing v to the C driver."""
    if v is None:
        return "N"
    if v is True:
        return "T"
    if v is False:
        return "F"
    if isinstance(v, int):
        return "i:" + str(v)
    if isinstance(v, float):
        return "f:%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]
    if isinstance(v, str):
        return "s:" + v.encode().hex()
    if isinstance(v, tuple):
        return "t:%d %s" % (len(v), " ".join(encode(x) for x in v))
    # Containers are rebuilt by the driver item by item, in this order (a
    # set's layout depends on how it was built, so tests that care build
    # their Python sets the same way: see difftest_sets.py).
    if isinstance(v, frozenset):
        return "Z:%d %s" % (len(v), " ".join(encode(x) for x in v))
    if isinstance(v, set):
        return "S:%d %s" % (len(v), " ".join(encode(x) for x in v))
    if isinstance(v, dict):
        return "D:%d %s" % (len(v), " ".join(encode(k) + " " + encode(x) for k, x in v.items()))
    if isinstance(v, list):
        return "l:%d %s" % (len(v), " ".join(encode(x) for x in v))
    raise TypeError(v)


def py_expect(f, *args):
    try:
        return repr(f(*args))
    except Exception as e:  # noqa: BLE001
        return "!! " + repr(e)



# The C driver's first half: declarations, the value parser `value()` and
# the result printer `show()`; each script adds its externs and its
# `molt_module_main` reading one case per stdin line.
DRIVER_PRELUDE = r"""
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
typedef unsigned long long V;
V molt_int_from_decimal(const unsigned char*, size_t); V molt_float_new(double);
V molt_str_from_utf8(const unsigned char*, size_t); V molt_tuple_new(const V*, size_t);
V molt_repr(V); V molt_print(const V*, size_t, V, V); V molt_err_fetch(void);
void molt_decref(V); void molt_incref(V);
V molt_set_new(void); V molt_set_add(V, V); V molt_frozenset_from(V);
V molt_dict_new(void); V molt_dict_setitem(V, V, V);
/* Registers for multi-step tests (`r:N` operands). */
static V regs[64];
V molt_list_new(const V*, size_t);
void molt_decref(V);
static char *cur;
static char *tok(void) {
  while (*cur == ' ') cur++;
  char *s = cur;
  while (*cur && *cur != ' ' && *cur != '\n') cur++;
  if (*cur) *cur++ = 0;
  return s;
}
static unsigned char hexbuf[1 << 16];
static V value(void) {
  char *t = tok();
  if (t[0] == 'N') return 0x02;
  if (t[0] == 'T') return 0x0E;
  if (t[0] == 'F') return 0x06;
  if (t[0] == 'i') return molt_int_from_decimal((const unsigned char*)t + 2, strlen(t + 2));
  if (t[0] == 'f') { unsigned long long b = strtoull(t + 2, 0, 16); double d; memcpy(&d, &b, 8); return molt_float_new(d); }
  if (t[0] == 's') {
    size_t n = strlen(t + 2) / 2;
    for (size_t i = 0; i < n; i++) { unsigned x; sscanf(t + 2 + 2 * i, "%2x", &x); hexbuf[i] = (unsigned char)x; }
    return molt_str_from_utf8(hexbuf, n);
  }
  if (t[0] == 't') {
    size_t n = strtoull(t + 2, 0, 10); V items[16];
    for (size_t i = 0; i < n; i++) items[i] = value();
    V r = molt_tuple_new(items, n);
    for (size_t i = 0; i < n; i++) molt_decref(items[i]);
    return r;
  }
  if (t[0] == 'r') { V r = regs[strtoull(t + 2, 0, 10) % 64]; molt_incref(r); return r; }
  if (t[0] == 'S' || t[0] == 'Z') {
    /* A set built by adding the items in order; Z: frozenset(tuple(items)). */
    size_t n = strtoull(t + 2, 0, 10); V s = molt_set_new(); V *items = malloc((n + 1) * sizeof(V));
    for (size_t i = 0; i < n; i++) { items[i] = value(); V r = molt_set_add(s, items[i]); if (r == 0) molt_decref(molt_err_fetch()); }
    if (t[0] == 'Z') { molt_decref(s); V tu = molt_tuple_new(items, n); s = molt_frozenset_from(tu); molt_decref(tu); }
    for (size_t i = 0; i < n; i++) molt_decref(items[i]);
    free(items);
    return s;
  }
  if (t[0] == 'D') {
    size_t n = strtoull(t + 2, 0, 10); V d = molt_dict_new();
    for (size_t i = 0; i < n; i++) {
      V k = value(); V x = value(); V r = molt_dict_setitem(d, k, x);
      if (r == 0) molt_decref(molt_err_fetch());
      molt_decref(k); molt_decref(x);
    }
    return d;
  }
  if (t[0] == 'Q') {
    /* Q:start:stop:step, the tuple of a range of small ints. */
    long long a, b, c; sscanf(t + 2, "%lld:%lld:%lld", &a, &b, &c);
    size_t n = 0; for (long long i = a; c > 0 ? i < b : i > b; i += c) n++;
    V *items = malloc((n + 1) * sizeof(V)); size_t k = 0;
    for (long long i = a; c > 0 ? i < b : i > b; i += c) items[k++] = ((V)i << 1) | 1;
    V r = molt_tuple_new(items, n); free(items);
    return r;
  }
  if (t[0] == 'l') {
    size_t n = strtoull(t + 2, 0, 10); V *items = malloc((n + 1) * sizeof(V));
    for (size_t i = 0; i < n; i++) items[i] = value();
    V r = molt_list_new(items, n);
    for (size_t i = 0; i < n; i++) molt_decref(items[i]);
    free(items);
    return r;
  }
  if (t[0] == 'U') return 0x0A;
  abort();
}
static void show(V r) {
  V bang = molt_str_from_utf8((const unsigned char*)"!!", 2);
  if (r == 0) { V e = molt_err_fetch(); V s = molt_repr(e); V a[2] = {bang, s}; molt_print(a, 2, 0x0A, 0x0A); molt_decref(s); molt_decref(e); molt_decref(bang); return; }
  V s = molt_repr(r);
  V a[1] = {s}; molt_print(a, 1, 0x0A, 0x0A);
  molt_decref(s); molt_decref(r); molt_decref(bang);
}
"""


def run(cases, driver):
    """Builds `driver` against the release runtime, feeds it every case's
    input line and compares each output line with the expectation; prints a
    summary and exits 1 on any failure. `cases` holds (input line,
    expected, description) triples."""
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
    lib = os.path.join(root, "target", "release", "libmolt_runtime.a")
    tmp = tempfile.mkdtemp()
    src, exe = os.path.join(tmp, "drv.c"), os.path.join(tmp, "drv")
    with open(src, "w") as fh:
        fh.write(driver)
    # ASAN=1 builds the driver with AddressSanitizer: use-after-free and
    # (at exit, via LeakSanitizer) leaked objects make the run fail.
    asan = ["-g", "-fsanitize=address"] if os.environ.get("ASAN") else []
    subprocess.run(["cc", "-O1", *asan, src, lib, "-lpthread", "-ldl", "-lm", "-o", exe], check=True)
    inp = "".join(c[0] + "\n" for c in cases)
    res = subprocess.run([exe], input=inp.encode(), capture_output=True)
    got = res.stdout.decode("utf-8", "replace").split("\n")
    bad = known = 0
    show = int(os.environ.get("SHOW", "60"))
    for i, (line, exp, desc) in enumerate(cases):
        g = got[i] if i < len(got) else "<missing>"
        if g == exp:
            continue
        if KNOWN in g:
            known += 1
            continue
        bad += 1
        if bad <= show:
            # Long lines: show them from a little before the first difference.
            at = next((k for k, (p, q) in enumerate(zip(exp, g)) if p != q), min(len(exp), len(g)))
            at = max(0, at - 60) if at > 150 else 0
            print(f"{desc}\n   expected {exp[at:at + 200]}\n   got      {g[at:at + 200]}")
    if res.returncode != 0:
        print("driver exit status", res.returncode, res.stderr.decode()[-2000:])
    print(f"{len(cases) - bad - known} passed, {bad} failed, {known} known-unsupported (of {len(cases)})")
    sys.exit(1 if bad or res.returncode else 0)
