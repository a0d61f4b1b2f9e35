//! Sema tests: source in, inferred signatures or diagnostics out.

use crate::analyze;
use expect_test::{expect, Expect};
use molt_syntax::{parse_module, SourceFile};
use std::fmt::Write;

/// A type as the tests print it: lists with their element type.
fn ty_name(p: &crate::hir::Program, t: crate::hir::Ty, depth: u32) -> String {
    match t {
        crate::hir::Ty::List(v) if depth < 3 => {
            format!("list[{}]", ty_name(p, p.list_elem(v), depth + 1))
        }
        t => t.name().to_string(),
    }
}

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
                        format!("{}: {}", l.name, ty_name(&p, l.ty, 0))
                    })
                    .collect();
                let _ = writeln!(
                    s,
                    "def {}({}) -> {}",
                    f.name,
                    params.join(", "),
                    ty_name(&p, f.ret, 0)
                );
                for l in f.locals.iter().skip(f.params.len()) {
                    if !l.name.starts_with('<') {
                        let _ = writeln!(s, "    {}: {}", l.name, ty_name(&p, l.ty, 0));
                    }
                }
            }
            for g in &p.globals {
                let _ = writeln!(s, "global {}: {}", g.name, ty_name(&p, g.ty, 0));
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
fn classes_inside_functions_are_rejected() {
    check(
        "def f():\n    class A:\n        pass\n",
        expect![[r#"
            t.py:2:5: error[M0101]: a class definition inside a function, `if` or loop is not supported yet
              |
            2 |     class A:
              |     ^^^^^^^^
              = help: define classes at the top level of the module
        "#]],
    );
}

#[test]
fn list_element_types_follow_every_alias() {
    check(
        "def norm(v, n):\n    s = 0.0\n    for i in range(n):\n        s += v[i] * v[i]\n    return s\n\
def fill(n):\n    out = [0.0] * n\n    for i in range(n):\n        out[i] = i / 2\n    return out\n\
xs = fill(4)\nprint(norm(xs, 4))\n\
a = [1, 2]\nb = a\nb.append('x')\nprint(a)\n\
grid = [[0.0] * 3 for _ in range(3)]\ngrid[1][2] = 2.5\nprint(grid)\n",
        expect![[r#"
            def <module>() -> None
            def norm(v: list[float], n: int) -> float
                s: float
                i: int
            def fill(n: int) -> list[float]
                out: list[float]
                i: int
            global norm: None
            global fill: None
            global xs: list[float]
            global a: list[object]
            global b: list[object]
            global grid: list[list[float]]
        "#]],
    );
}

#[test]
fn lists_escaping_into_untyped_places_lose_their_element_type() {
    // A tuple or dict is followed (`xs`, `ys` keep their types); a tuple that meets an int
    // is not, and the list inside it escapes (`vs`).
    check(
        "xs = [1, 2]\nt = (xs, 0)\nys = [3]\nd = {'k': ys}\nzs = [4]\nq = [zs]\nq[0].append(1.5)\nws = [5]\nws.extend([6])\nvs = [7]\nmixed = [(vs,), 1]\nprint(xs, t, d, q, ws, mixed)\n",
        expect![[r#"
            def <module>() -> None
            global xs: list[int]
            global t: tuple
            global ys: list[int]
            global d: dict
            global zs: list[object]
            global q: list[list[object]]
            global ws: list[int]
            global vs: list[object]
            global mixed: list[object]
        "#]],
    );
}
