//! MIR tests: Python in, MIR text out.

use expect_test::{expect, Expect};
use molt_syntax::{parse_module, SourceFile};

/// Parses, analyses and lowers a test program.
fn lower(src: &str) -> molt_mir::mir::Program {
    let file = SourceFile::new("t.py", src);
    let parsed = parse_module(&file).expect("test input parses");
    let hir = molt_sema::analyze(&file, &parsed.module).expect("test input is accepted");
    crate::lower_program(&hir, &file)
}

fn check(src: &str, expect: Expect) {
    let mir = lower(src);
    let errs = molt_mir::verify::verify(&mir);
    assert!(errs.is_empty(), "verifier: {errs:#?}\n{mir}");
    expect.assert_eq(&mir.to_string());
}

#[test]
fn typed_fib_uses_int_ops_without_refcount_traffic_on_params() {
    check(
        "def fib(n: int) -> int:\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\nprint(fib(10))\n",
        expect![[r#"
            global g0: obj "fib"

            fn0 "<module>"() -> obj {
                let _0: obj
                let _1: obj
                let _2: int
                let _3: int
              bb0:
                _0 = const.none
                _1 = copy _0
                incref _1
                store g0, _1
                _2 = const.int 10
                _3 = call fn1(_2) unwind bb1
                _1 = copy _3
                _0 = print(_1) sep=default end=default unwind bb1
                decref _1
                _0 = const.none
                return _0
              bb1:
                unwind line 5
            }

            fn1 "fib"(_0: int) -> int {
                let _1: bool
                let _2: int
                let _3: bool
                let _4: bool
                let _5: int
                let _6: int
                let _7: int
                let _8: int
                let _9: int
                let _10: int
                let _11: int
              bb0:
                _2 = const.int 2
                _3 = int.cmp < _0, _2
                _1 = copy _3
                goto bb1
              bb1:
                branch _1, bb3, bb4
              bb2:
                unwind line 2
              bb3:
                _5 = copy _0
                incref _5
                return _5
              bb4:
                goto bb5
              bb5:
                _5 = const.int 1
                _6 = int.sub _0, _5 unwind bb7
                _7 = call fn1(_6) unwind bb7
                decref _6
                _8 = const.int 2
                _9 = int.sub _0, _8 unwind bb8
                _10 = call fn1(_9) unwind bb8
                decref _9
                _11 = int.add _7, _10 release(_10, _7) unwind bb9
                return _11
              bb6:
                unwind line 3
              bb7:
                unwind line 4
              bb8:
                decref _7
                goto bb7
              bb9:
                decref _10
                goto bb8
            }
        "#]],
    );
}

#[test]
fn float_loop() {
    check(
        "def f(n: int) -> float:\n    s = 0.0\n    for i in range(n):\n        s += i * 0.5\n    return s\nprint(f(4))\n",
        expect![[r#"
            global g0: obj "f"

            fn0 "<module>"() -> obj {
                let _0: obj
                let _1: obj
                let _2: int
                let _3: f64
              bb0:
                _0 = const.none
                _1 = copy _0
                incref _1
                store g0, _1
                _2 = const.int 4
                _3 = call fn1(_2) unwind bb1
                _1 = box.f64 _3
                _0 = print(_1) sep=default end=default unwind bb1
                decref _1
                _0 = const.none
                return _0
              bb1:
                unwind line 6
            }

            fn1 "f"(_0: int) -> f64 {
                let _1: f64 "s"
                let _2: int "i"
                let _3: f64
                let _4: f64
                let _5: int
                let _6: int
                let _7: int
                let _8: int
                let _9: int
                let _10: int
                let _11: bool
                let _12: int
                let _13: int
                let _14: f64
                let _15: f64
                let _16: f64
                let _17: int
                let _18: int
              bb0:
                _1 = const.unbound
                _2 = const.unbound
                _3 = const.f64 0.0
                _4 = copy _3
                _1 = copy _4
                _5 = const.int 0
                _6 = const.int 1
                _7 = copy _5
                incref _7
                _8 = copy _0
                incref _8
                _9 = copy _6
                incref _9
                counter _7, step 1
                _10 = const.int 0
                goto bb2
              bb1:
                decref _2
                unwind line 3
              bb2:
                _11 = int.cmp < _7, _8
                branch _11, bb3, bb5
              bb3:
                _12 = copy _7
                incref _12
                _13 = copy _2
                _2 = copy _12
                decref _13
                _4 = const.f64 0.5
                _3 = int.to_f64 _2 unwind bb11
                _14 = f64.mul _3, _4
                _15 = f64.add _1, _14
                _16 = copy _15
                _1 = copy _16
                goto bb4
              bb4:
                _17 = int.add _7, _9 release(_7) unwind bb14
                _18 = copy _7
                _7 = copy _17
                goto bb2
              bb5:
                decref _9
                decref _8
                decref _7
                goto bb7
              bb6:
                decref _9
                decref _8
                decref _7
                goto bb7
              bb7:
                _16 = copy _1
                decref _2
                return _16
              bb8:
                decref _2
                unwind line 4
              bb9:
                decref _7
                goto bb8
              bb10:
                decref _8
                goto bb9
              bb11:
                decref _9
                goto bb10
              bb12:
                decref _7
                goto bb1
              bb13:
                decref _8
                goto bb12
              bb14:
                decref _9
                goto bb13
              bb15:
                decref _2
                unwind line 5
            }
        "#]],
    );
}

/// Every golden program is accepted, lowers, and passes the verifier.
#[test]
fn time_clocks_read_unboxed_floats_and_ints() {
    // `perf_counter()` is an f64 straight from the runtime (no float
    // object), `perf_counter_ns()` a tagged int, `sleep` a call for None.
    let mir = lower(
        "import time\ndef elapsed(t0: float) -> float:\n    time.sleep(0)\n    return time.perf_counter() - t0\nprint(elapsed(0.0) >= 0.0, time.perf_counter_ns())\n",
    )
    .to_string();
    let start = mir.find("\"elapsed\"(").expect("elapsed is in the program");
    let f = &mir[start..];
    for want in ["rt molt_time_sleep(", "rt molt_time_clock_f64(", "f64.sub"] {
        assert!(f.contains(want), "{want} not in\n{f}");
    }
    for unwanted in ["box.f64", "unbox.f64"] {
        assert!(!f.contains(unwanted), "{unwanted} in\n{f}");
    }
    assert!(mir.contains("rt molt_time_clock_ns("), "{mir}");
}

#[test]
fn every_golden_case_lowers_and_verifies() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/cases");
    let mut failures = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/cases exists")
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
    {
        // Decoded as the CLI does: some cases declare a PEP 263 encoding.
        let bytes = std::fs::read(path).expect("readable case");
        let text = molt_syntax::decode_source(&bytes, &path.display().to_string())
            .expect("decodable case");
        let file = SourceFile::new(path.display().to_string(), text);
        let Ok(parsed) = parse_module(&file) else {
            failures.push(format!("{}: syntax error", path.display()));
            continue;
        };
        match molt_sema::analyze(&file, &parsed.module) {
            Err(ds) => failures.push(ds[0].render(&file)),
            Ok(hir) => {
                let mir = crate::lower_program(&hir, &file);
                let errs = molt_mir::verify::verify(&mir);
                if !errs.is_empty() {
                    failures.push(format!("{}: {errs:?}", path.display()));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Ranges of the named locals at the entry of each block that has any bounded one.
fn check_ranges(src: &str, expect: Expect) {
    let mir = lower(src);
    let f = &mir.funcs[1];
    let states = molt_mir::ranges::block_entry_states(f);
    let mut out = String::new();
    let show = |v: i128| {
        if v.abs() >= molt_mir::ranges::INF {
            "inf".to_string()
        } else {
            v.to_string()
        }
    };
    for (b, st) in states.iter().enumerate() {
        let mut parts = Vec::new();
        for (i, l) in f.locals.iter().enumerate() {
            let r = st.get(molt_mir::mir::Local(i as u32));
            if let (Some(name), true) = (&l.name, r != molt_mir::ranges::Range::TOP) {
                let lo = if r.lo <= -molt_mir::ranges::INF {
                    "-inf".to_string()
                } else {
                    show(r.lo)
                };
                parts.push(format!("{name} in [{lo}, {}]", show(r.hi)));
            }
        }
        if !parts.is_empty() {
            out.push_str(&format!("bb{b}: {}\n", parts.join(", ")));
        }
    }
    expect.assert_eq(&out);
}

#[test]
fn ranges_bound_modulo_results_and_narrow_on_branches() {
    check_ranges(
        "def f(n: int) -> int:\n    x = 1\n    acc = 0\n    for i in range(n):\n        x = (x * 75 + 74) % 65537\n        acc = acc + x\n    if n < 2:\n        return n\n    return n - 1 + acc\nprint(f(5))\n",
        expect![[r#"
            bb2: x in [0, 65536], acc in [0, inf]
            bb3: x in [0, 65536], acc in [0, inf]
            bb4: x in [0, 65536], acc in [0, inf], i in [0, 1152921504606846976]
            bb5: x in [0, 65536], acc in [0, inf]
            bb7: x in [0, 65536], acc in [0, inf]
            bb21: x in [0, 65536], acc in [0, inf]
            bb23: n in [-inf, 1], x in [0, 65536], acc in [0, inf]
            bb24: n in [2, inf], x in [0, 65536], acc in [0, inf]
            bb25: n in [2, inf], x in [0, 65536], acc in [0, inf]
        "#]],
    );
}

/// `param_ranges` of every user function, rendered `name(lo..hi, ...)`.
fn check_param_ranges(src: &str, expect: Expect) {
    let mir = lower(src);
    let ranges = molt_mir::ranges::param_ranges(&mir);
    let show = |v: i128| match v {
        v if v >= molt_mir::ranges::INF => "inf".to_string(),
        v if v <= -molt_mir::ranges::INF => "-inf".to_string(),
        v => v.to_string(),
    };
    let mut out = String::new();
    for (f, rs) in mir.funcs.iter().zip(&ranges).skip(1) {
        let ps: Vec<String> = rs
            .iter()
            .map(|r| format!("{}..{}", show(r.lo), show(r.hi)))
            .collect();
        out.push_str(&format!("{}({})\n", f.name, ps.join(", ")));
    }
    expect.assert_eq(&out);
}

#[test]
fn param_ranges_join_every_call_and_give_up_on_values_and_recursion() {
    check_param_ranges(
        "def inner(i: int, n: int) -> int:\n    while i > n:\n        i -= 1\n    return i * n\n\
         def outer(n: int) -> int:\n    t = 0\n    for i in range(n):\n        t += inner(i, n)\n    return t\n\
         def valued(x: int) -> int:\n    return x + 1\n\
         def rec(n: int) -> int:\n    return n if n > 1000 else rec(n * 2)\n\
         def dead(x: int) -> int:\n    return x\n\
         print(outer(500), outer(20), valued(3), list(map(valued, [1])), rec(1))\n",
        expect![[r#"
            inner(0..499, 20..500)
            outer(20..500)
            valued(-inf..inf)
            rec(1..inf)
            dead(-inf..inf)
            valued(-inf..inf)
        "#]],
    );
}

/// The MIR text of function `name` in `src`.
fn function_text(src: &str, name: &str) -> String {
    let mir = lower(src).to_string();
    let start = mir
        .find(&format!("\"{name}\"("))
        .expect("the function is in the program");
    let end = mir[start..].find("\n}").map_or(mir.len(), |e| start + e);
    mir[start..end].to_string()
}

#[test]
fn zip_and_enumerate_loops_allocate_no_tuples_and_keep_item_types() {
    let f = function_text(
        "def f(xs: list[float], ys: list[float]) -> float:\n    t = 0.0\n    for i, x in enumerate(xs):\n        t += x * i\n    for x, y in zip(xs, ys):\n        t += x * y\n    return t\nprint(f([1.0], [2.0]))\n",
        "f",
    );
    for call in [
        "molt_zip",
        "molt_enumerate",
        "molt_unpack",
        "molt_getitem",
        "molt_iter",
    ] {
        assert!(!f.contains(call), "{call} in\n{f}");
    }
    assert!(f.contains(": f64 \"x\""), "x is unboxed in\n{f}");
    assert!(f.contains(": int \"i\""), "i is an int in\n{f}");
}

#[test]
fn sum_of_a_generator_is_a_loop_adding_unboxed_floats() {
    let f = function_text(
        "def f(xs: list[float]) -> None:\n    print(sum(x * x for x in xs))\nf([1.0])\n",
        "f",
    );
    for call in ["molt_list_new", "molt_sum", "molt_binop"] {
        assert!(!f.contains(call), "{call} in\n{f}");
    }
    assert!(
        f.contains("f64.add") || f.contains("float.add"),
        "an unboxed add in\n{f}"
    );
}
