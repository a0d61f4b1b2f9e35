//! MIR tests: Python in, MIR text out.

use expect_test::{expect, Expect};
use molt_syntax::{parse_module, SourceFile};

fn check(src: &str, expect: Expect) {
    let file = SourceFile::new("t.py", src);
    let parsed = parse_module(&file).expect("test input parses");
    let hir = molt_sema::analyze(&file, &parsed.module).expect("test input is accepted");
    let mir = crate::lower_program(&hir, &file);
    let errs = crate::verify::verify(&mir);
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
                let _1: int
                let _2: int
                let _3: obj
                let _4: obj
                let _5: obj
              bb0:
                _0 = const.none
                incref _0
                store g0, _0
                _1 = const.int 10
                _2 = call fn1(_1) unwind bb1
                _3 = copy _2
                _4 = print(_3) sep=default end=default unwind bb1
                decref _3
                _5 = const.none
                return _5
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
                incref _0
                return _0
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
                _11 = int.add _7, _10 unwind bb9
                decref _10
                decref _7
                return _11
              bb6:
                unwind line 3
              bb7:
                unwind line 4
              bb8:
                decref _7
                unwind line 4
              bb9:
                decref _10
                decref _7
                unwind line 4
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
                let _1: int
                let _2: f64
                let _3: obj
                let _4: obj
                let _5: obj
              bb0:
                _0 = const.none
                incref _0
                store g0, _0
                _1 = const.int 4
                _2 = call fn1(_1) unwind bb1
                _3 = box.f64 _2
                _4 = print(_3) sep=default end=default unwind bb1
                decref _3
                _5 = const.none
                return _5
              bb1:
                unwind line 6
            }

            fn1 "f"(_0: int) -> f64 {
                let _1: f64 "s"
                let _2: int "i"
                let _3: f64
                let _4: int
                let _5: int
                let _6: int
                let _7: bool
                let _8: int
                let _9: f64
                let _10: f64
                let _11: f64
                let _12: f64
                let _13: int
                let _14: int
              bb0:
                _1 = const.unbound
                _2 = const.unbound
                _3 = const.f64 0.0
                _1 = copy _3
                _4 = const.int 0
                _5 = const.int 1
                incref _4
                incref _0
                incref _5
                _6 = const.int 0
                goto bb2
              bb1:
                decref _2
                unwind line 3
              bb2:
                _7 = int.cmp < _4, _0
                branch _7, bb3, bb5
              bb3:
                incref _4
                _8 = copy _2
                _2 = copy _4
                decref _8
                _9 = const.f64 0.5
                _10 = int.to_f64 _2 unwind bb8
                _11 = f64.mul _10, _9
                _12 = f64.add _1, _11
                _1 = copy _12
                goto bb4
              bb4:
                _13 = int.add _4, _5 unwind bb9
                _14 = copy _4
                _4 = copy _13
                decref _14
                goto bb2
              bb5:
                decref _5
                decref _0
                decref _4
                goto bb7
              bb6:
                decref _5
                decref _0
                decref _4
                goto bb7
              bb7:
                decref _2
                return _1
              bb8:
                decref _5
                decref _0
                decref _4
                decref _2
                unwind line 4
              bb9:
                decref _5
                decref _0
                decref _4
                decref _2
                unwind line 3
              bb10:
                decref _2
                unwind line 5
            }
        "#]],
    );
}

/// Every golden program is accepted, lowers, and passes the verifier.
#[test]
fn every_golden_case_lowers_and_verifies() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/cases");
    let mut failures = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir).expect("tests/cases exists").flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries.iter().filter(|p| p.extension().is_some_and(|e| e == "py")) {
        let text = std::fs::read_to_string(path).expect("readable case");
        let file = SourceFile::new(path.display().to_string(), text);
        let Ok(parsed) = parse_module(&file) else {
            failures.push(format!("{}: syntax error", path.display()));
            continue;
        };
        match molt_sema::analyze(&file, &parsed.module) {
            Err(ds) => failures.push(ds[0].render(&file)),
            Ok(hir) => {
                let mir = crate::lower_program(&hir, &file);
                let errs = crate::verify::verify(&mir);
                if !errs.is_empty() {
                    failures.push(format!("{}: {errs:?}", path.display()));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
