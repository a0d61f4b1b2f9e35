//! Tests of lists, ranges, function objects and the iteration builtins for
//! what the differential driver (`tools/difftest_lists.py`) cannot reach:
//! self-referencing lists, mutation during iteration and sorting, deep
//! nesting, function objects made in Rust, and reference counts.
//! Expected texts come from python3.11.

use crate::builtins::{str_text, to_repr};
use crate::exc::{final_line, molt_err_fetch, PyResult};
use crate::func::{call, func_new};
use crate::iterbuiltins as ib;
use crate::list::{as_list, list_from_vec};
use crate::str::str_new;
use crate::value::{decref, incref, small, ObjHeader, NONE, UNBOUND};
use crate::Value;

/// `repr(v)`, consuming `v`.
fn repr_of(v: Value) -> String {
    let r = to_repr(v).and_then(str_text).unwrap_or_default();
    decref(v);
    r
}

/// `repr` of an `Ok` result (consumed), or `!! Kind: message`.
fn show(r: PyResult<Value>) -> String {
    match r {
        Ok(v) => repr_of(v),
        Err(_) => {
            let e = molt_err_fetch();
            let line = final_line(e);
            decref(e);
            format!("!! {line}")
        }
    }
}

fn ints(xs: &[i64]) -> Value {
    list_from_vec(xs.iter().map(|&i| small(i)).collect())
}

fn refcnt(v: Value) -> i64 {
    // SAFETY: `v` is a live heap object in these tests.
    unsafe { (*(v as *const ObjHeader)).refcnt }
}

fn method(recv: Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let n = str_new(name);
    let mut items = vec![recv, n];
    items.extend_from_slice(args);
    let r = crate::str_methods::call_method(&items);
    decref(n);
    r
}

#[test]
fn recursive_repr() {
    let a = ints(&[1]);
    let l = as_list(a).unwrap();
    l.push(a).unwrap();
    assert_eq!(show(to_repr(a)), "'[1, [...]]'");
    let b = list_from_vec(vec![a, a]);
    incref(a);
    incref(a);
    assert_eq!(show(to_repr(b)), "'[[1, [...]], [1, [...]]]'");
    let t = crate::tuple::tuple_from_owned(vec![b]).unwrap();
    assert_eq!(show(to_repr(t)), "'([[1, [...]], [1, [...]]],)'");
    decref(t);
    // Break the cycle so the list is freed.
    as_list(a).unwrap().clear();
    assert_eq!(refcnt(a), 1);
    decref(a);
}

#[test]
fn iteration_sees_appends_until_exhausted() {
    let a = ints(&[1, 2]);
    let it = crate::seq::iter(a).unwrap();
    let mut seen = Vec::new();
    loop {
        let x = crate::seq::iter_next(it).unwrap();
        if x == UNBOUND {
            break;
        }
        seen.push(repr_of(x));
        if seen.len() < 4 {
            as_list(a)
                .unwrap()
                .push(small(seen.len() as i64 * 10))
                .unwrap();
        }
    }
    // python3.11: appending 10, 20, 30 while iterating over [1, 2] sees them.
    assert_eq!(seen, ["1", "2", "10", "20", "30"]);
    // Exhausted: later appends are not seen.
    as_list(a).unwrap().push(small(99)).unwrap();
    assert_eq!(crate::seq::iter_next(it), Ok(UNBOUND));
    decref(it);
    assert_eq!(refcnt(a), 1);
    decref(a);
}

#[test]
fn reversed_iterator_stops_when_list_shrinks() {
    // python3.11: l=[1,2,3]; r=reversed(l); next(r); l.clear(); list(r) == []
    let a = ints(&[1, 2, 3]);
    let r = crate::builtin_iter::reversed(a).unwrap();
    assert_eq!(show(crate::seq::iter_next(r)), "3");
    as_list(a).unwrap().clear();
    assert_eq!(show(ib::list_from(r)), "[]");
    decref(r);
    decref(a);
}

/// A key function whose environment is a list: appends its argument to
/// that list and returns it (mutating the list being sorted).
unsafe extern "C" fn append_to_env(env: Value, args: *const Value, n: usize) -> Value {
    // SAFETY: `call` passes `n` readable values.
    let args = unsafe { crate::builtins::slice(args, n) };
    let l = as_list(env).unwrap();
    l.push(args[0]).unwrap();
    incref(args[0]);
    args[0]
}

/// A key function that raises for the int 0 and returns its argument otherwise.
unsafe extern "C" fn fail_on_zero(_env: Value, args: *const Value, n: usize) -> Value {
    // SAFETY: `call` passes `n` readable values.
    let args = unsafe { crate::builtins::slice(args, n) };
    if args[0] == small(0) {
        return crate::exc::ret(crate::exc::value_error("zero"));
    }
    incref(args[0]);
    args[0]
}

#[test]
fn sort_detects_modification_by_key() {
    // python3.11: l=[3,1,2]; l.sort(key=lambda x: (l.append(x), x)[1]) raises
    // ValueError: list modified during sort, and l == [1, 2, 3] afterwards.
    let a = ints(&[3, 1, 2]);
    let name = str_new("k");
    let f = func_new(append_to_env, a, name);
    decref(name);
    let l = as_list(a).unwrap();
    assert_eq!(
        show(crate::sort::list_sort(l, f, false).map(|_| NONE)),
        "!! ValueError: list modified during sort"
    );
    incref(a);
    assert_eq!(repr_of(a), "[1, 2, 3]");
    decref(f);
    assert_eq!(refcnt(a), 1);
    decref(a);
}

#[test]
fn failing_key_leaves_list_and_keys_alone() {
    let s = str_new("x");
    let a = list_from_vec(vec![small(3), s, small(0), small(1)]);
    incref(s);
    let name = str_new("k");
    let f = func_new(fail_on_zero, NONE, name);
    decref(name);
    assert_eq!(
        show(crate::sort::list_sort(as_list(a).unwrap(), f, true).map(|_| NONE)),
        "!! ValueError: zero"
    );
    incref(a);
    assert_eq!(repr_of(a), "[3, 'x', 0, 1]");
    assert_eq!(show(ib::sorted(a, f, UNBOUND)), "!! ValueError: zero");
    assert_eq!(
        show(ib::min_max_iter(
            a,
            f,
            UNBOUND,
            "min",
            crate::ops::CmpOp::Lt
        )),
        "!! TypeError: '<' not supported between instances of 'str' and 'int'"
    );
    decref(a);
    decref(f);
    assert_eq!(refcnt(s), 1);
    decref(s);
}

#[test]
fn deep_nesting_frees_repr_and_compare_without_overflow() {
    // Run on a small stack: the runtime must not recurse per nesting level
    // when freeing, and must stop with RecursionError when printing/comparing.
    let t = std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(|| {
            let mut a = ints(&[]);
            for _ in 0..200_000 {
                a = list_from_vec(vec![a]);
            }
            let mut b = ints(&[]);
            for _ in 0..200_000 {
                b = list_from_vec(vec![b]);
            }
            let r = show(to_repr(a));
            let c = show(
                crate::ops::compare(crate::ops::CmpOp::Eq, a, b).map(crate::value::bool_value),
            );
            decref(a);
            decref(b);
            (r, c)
        })
        .unwrap();
    let (r, c) = t.join().unwrap();
    assert_eq!(
        r,
        "!! RecursionError: maximum recursion depth exceeded while getting the repr of an object"
    );
    assert_eq!(
        c,
        "!! RecursionError: maximum recursion depth exceeded in comparison"
    );
}

/// `x + env`, or TypeError from `+`.
unsafe extern "C" fn add_env(env: Value, args: *const Value, n: usize) -> Value {
    // SAFETY: `call` passes `n` readable values.
    let args = unsafe { crate::builtins::slice(args, n) };
    crate::exc::ret(crate::ops::binop(crate::ops::BinOp::Add, args[0], env))
}

#[test]
fn map_and_filter_are_lazy() {
    let name = str_new("add10");
    let f = func_new(add_env, small(10), name);
    decref(name);
    let s = str_new("s");
    let a = list_from_vec(vec![small(1), s, small(2)]);
    let m = crate::builtin_iter::map(f, &[a]).unwrap();
    assert_eq!(show(crate::seq::iter_next(m)), "11");
    assert_eq!(
        show(crate::seq::iter_next(m)),
        "!! TypeError: can only concatenate str (not \"int\") to str"
    );
    assert_eq!(show(crate::seq::iter_next(m)), "12");
    assert_eq!(show(ib::next(m, UNBOUND)), "!! StopIteration");
    assert_eq!(show(ib::next(m, small(7))), "7");
    assert_eq!(crate::value::type_name(m), "map");
    assert_eq!(
        show(crate::builtins::len(m)),
        "!! TypeError: object of type 'map' has no len()"
    );
    decref(m);
    let flt = crate::builtin_iter::filter(f, a).unwrap();
    assert_eq!(show(crate::seq::iter_next(flt)), "1");
    decref(flt);
    decref(a);
    decref(f);
}

#[test]
fn calling_functions_and_non_callables() {
    let name = str_new("add10");
    let f = func_new(add_env, small(10), name);
    decref(name);
    assert_eq!(call(f, &[small(5)]), Ok(small(15)));
    assert_eq!(
        show(call(NONE, &[])),
        "!! TypeError: 'NoneType' object is not callable"
    );
    let a = ints(&[1]);
    assert_eq!(
        show(call(a, &[])),
        "!! TypeError: 'list' object is not callable"
    );
    decref(a);
    // Functions compare by identity.
    assert_eq!(crate::ops::compare(crate::ops::CmpOp::Eq, f, f), Ok(true));
    assert_eq!(
        show(crate::ops::compare(crate::ops::CmpOp::Lt, f, f).map(crate::value::bool_value)),
        "!! TypeError: '<' not supported between instances of 'function' and 'function'"
    );
    decref(f);
}

#[test]
fn reference_counts_survive_every_path() {
    let s = str_new("item");
    let a = list_from_vec(vec![s, s, small(1)]);
    incref(s);
    incref(s);
    let before = refcnt(s) - 2;
    // Successful and failing operations on a list holding `s`.
    for r in [
        method(a, "copy", &[]),
        method(a, "index", &[small(5)]),
        method(a, "pop", &[small(9)]),
        method(a, "sort", &[]),
        crate::list_ops::inplace_mul(a, small(3)),
        crate::subscript::setslice(a, small(1), NONE, small(2), small(4)).map(|_| NONE),
        crate::subscript::setslice(a, NONE, NONE, small(-1), a).map(|_| NONE),
        crate::ops::binop(crate::ops::BinOp::Mul, a, small(2)),
        ib::sorted(a, NONE, UNBOUND),
        ib::list_from(a),
        ib::sum(a, UNBOUND),
        crate::iterbuiltins::tuple_from(a),
        crate::seq::unpack(a, 2),
    ] {
        let _ = show(r);
    }
    crate::subscript::delslice(a, NONE, NONE, small(2)).unwrap();
    let _ = show(method(a, "clear", &[]));
    assert_eq!(refcnt(s), before);
    assert_eq!(refcnt(a), 1);
    decref(a);
    assert_eq!(refcnt(s), 1);
    decref(s);
}

#[test]
fn keyword_method_calls() {
    let a = ints(&[3, 1, 2]);
    let k = str_new("reverse");
    let names = crate::tuple::tuple_from_owned(vec![k]).unwrap();
    let m = str_new("sort");
    let r = crate::kwargs::call_method_kw(&[a, m, crate::value::TRUE], names);
    assert_eq!(r, Ok(NONE));
    incref(a);
    assert_eq!(repr_of(a), "[3, 2, 1]");
    // No keywords (an empty tuple) is a positional call.
    let empty = crate::tuple::tuple_from_owned(vec![]).unwrap();
    assert_eq!(
        show(crate::kwargs::call_method_kw(&[a, m, small(1)], empty)),
        "!! TypeError: sort() takes no positional arguments"
    );
    decref(empty);
    decref(names);
    decref(m);
    decref(a);
}

#[test]
fn ranges_beyond_i64() {
    let big = |s: &str| crate::int::int_from_big(s.parse().unwrap());
    let (a, b) = (big("-9223372036854775810"), big("9223372036854775810"));
    let r = crate::range::range_new(a, b, small(4611686018427387903)).unwrap();
    assert_eq!(show(crate::builtins::len(r)), "5");
    assert_eq!(
        show(ib::list_from(r)),
        "[-9223372036854775810, -4611686018427387907, -4, 4611686018427387899, 9223372036854775802]"
    );
    let rev = crate::builtin_iter::reversed(r).unwrap();
    assert_eq!(crate::value::type_name(rev), "longrange_iterator");
    assert_eq!(
        show(ib::list_from(rev)),
        "[9223372036854775802, 4611686018427387899, -4, -4611686018427387907, -9223372036854775810]"
    );
    decref(rev);
    decref(r);
    decref(a);
    decref(b);
}

#[test]
fn range_iterator_kinds_match_cpython() {
    // python3.11: type(iter(r)).__name__, type(reversed(r)).__name__
    let big = |s: &str| crate::int::int_from_big(s.parse().unwrap());
    let cases: [(&str, &str, &str, &str, &str); 5] = [
        (
            "0",
            "18446744073709551616",
            "4611686018427387904",
            "longrange_iterator",
            "longrange_iterator",
        ),
        (
            "0",
            "9223372036854775807",
            "1",
            "range_iterator",
            "range_iterator",
        ),
        (
            "-9223372036854775808",
            "0",
            "1",
            "longrange_iterator",
            "longrange_iterator",
        ),
        (
            "-9223372036854775808",
            "5",
            "2",
            "range_iterator",
            "longrange_iterator",
        ),
        (
            "0",
            "10",
            "-9223372036854775808",
            "range_iterator",
            "longrange_iterator",
        ),
    ];
    for (a, b, c, fwd, rev) in cases {
        let (a, b, c) = (big(a), big(b), big(c));
        let r = crate::range::range_new(a, b, c).unwrap();
        let it = crate::seq::iter(r).unwrap();
        let rv = crate::builtin_iter::reversed(r).unwrap();
        assert_eq!(
            (crate::value::type_name(it), crate::value::type_name(rv)),
            (fwd, rev)
        );
        for v in [it, rv, r, a, b, c] {
            decref(v);
        }
    }
}
