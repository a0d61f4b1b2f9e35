//! Sema tests: source in, inferred signatures or diagnostics out.

use crate::analyze;
use expect_test::{expect, Expect};
use molt_syntax::{parse_module, SourceFile};
use std::fmt::Write;

fn check(src: &str, expect: Expect) {
    let file = SourceFile::new("t.py", src);
    let parsed = parse_module(&file)
        .map_err(|d| d[0].render(&file))
        .expect("test input parses");
    let out = match analyze(&file, &parsed.module) {
        Ok(p) => {
            let mut s = String::new();
            for f in &p.funcs {
                let params: Vec<String> = f
                    .params
                    .iter()
                    .map(|l| {
                        let l = &f.locals[l.0 as usize];
                        format!("{}: {}", l.name, l.ty.name())
                    })
                    .collect();
                let _ = writeln!(
                    s,
                    "def {}({}) -> {}",
                    f.name,
                    params.join(", "),
                    f.ret.name()
                );
                for l in f.locals.iter().skip(f.params.len()) {
                    let _ = writeln!(s, "    {}: {}", l.name, l.ty.name());
                }
            }
            for g in &p.globals {
                let _ = writeln!(s, "global {}: {}", g.name, g.ty.name());
            }
            s
        }
        Err(ds) => ds.iter().map(|d| d.render(&file)).collect(),
    };
    expect.assert_eq(&out);
}

#[test]
fn infers_from_call_sites_not_annotations() {
    check(
        "def f(x: float) -> float:\n    return x\nprint(f(3))\n",
        expect![[r#"
            def <module>() -> None
            def f(x: int) -> int
            global f: None
        "#]],
    );
}

#[test]
fn recursive_int_function() {
    check(
        "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\nprint(fib(10))\n",
        expect![[r#"
            def <module>() -> None
            def fib(n: int) -> int
            global fib: None
        "#]],
    );
}

#[test]
fn mixed_assignments_are_dynamic() {
    check(
        "def g():\n    t = 0\n    for i in range(3):\n        t += 0.5\n    y = 1.5\n    return y\ng()\n",
        expect![[r#"
            def <module>() -> None
            def g() -> float
                t: object
                i: int
                y: float
            global g: None
        "#]],
    );
}

#[test]
fn classes_are_rejected() {
    check(
        "class A:\n    pass\n",
        expect![[r#"
        t.py:1:1: error[M0101]: a class definition is not supported yet
          |
        1 | class A:
          | ^^^^^^^^
          = help: classes come in a later release; use functions and module-level variables
    "#]],
    );
}
