//! Unit tests for dicts, sets and views that the differential drivers
//! cannot reach: self-containing reprs, nesting limits, iteration after a
//! mutation, deep deallocation, and reference counts on every path
//! (including the error paths). Expected texts come from python3.11.

use crate::builtins::{str_text, to_repr};
use crate::dict::{self, dict_ref, new_dict};
use crate::exc::{final_line, molt_err_fetch};
use crate::str::str_new;
use crate::value::{decref, small, ObjHeader, NONE, UNBOUND};
use crate::Value;

fn repr(v: Value) -> String {
    let r = to_repr(v).unwrap_or(NONE);
    let s = str_text(r).unwrap_or_default();
    decref(r);
    s
}

/// `Kind: message` of the pending exception (cleared).
fn error() -> String {
    let e = molt_err_fetch();
    let s = final_line(e);
    decref(e);
    s
}

fn refcnt(v: Value) -> i64 {
    // SAFETY: tests pass live heap objects.
    unsafe { (*(v as *const ObjHeader)).refcnt }
}

fn setitem(d: Value, k: Value, v: Value) {
    // SAFETY: tests pass dicts.
    dict::set(unsafe { dict_ref(d) }, k, v).expect("setitem");
}

fn call(recv: Value, name: &str, args: &[Value]) -> Result<Value, String> {
    let n = str_new(name);
    let mut items = vec![recv, n];
    items.extend_from_slice(args);
    let r = crate::str_methods::call_method(&items);
    decref(n);
    r.map_err(|_| error())
}

/// The items an iterator yields, or the error that stops it.
fn drain(it: Value) -> Vec<String> {
    let mut out = Vec::new();
    loop {
        match crate::seq::iter_next(it) {
            Ok(UNBOUND) => return out,
            Ok(x) => {
                out.push(repr(x));
                decref(x);
            }
            Err(_) => {
                out.push(error());
                return out;
            }
        }
    }
}

#[test]
fn self_containing_reprs() {
    // d = {}; d['a'] = d
    let d = new_dict();
    let a = str_new("a");
    setitem(d, a, d);
    assert_eq!(repr(d), "{'a': {...}}");
    // d['k'] = d.keys()
    let keys = call(d, "keys", &[]).unwrap();
    let k = str_new("k");
    setitem(d, k, keys);
    assert_eq!(repr(keys), "dict_keys(['a', 'k'])");
    // d = {}; d[1] = d.values()
    let d2 = new_dict();
    let values = call(d2, "values", &[]).unwrap();
    setitem(d2, small(1), values);
    assert_eq!(repr(d2), "{1: dict_values([...])}");
    // d = {}; d['i'] = d.items()
    let d3 = new_dict();
    let items = call(d3, "items", &[]).unwrap();
    let i = str_new("i");
    setitem(d3, i, items);
    assert_eq!(repr(d3), "{'i': dict_items([('i', ...)])}");
    // Break the cycles (there is no cycle collector) and release.
    for (dd, key) in [(d, a), (d, k), (d2, small(1)), (d3, i)] {
        // SAFETY: a dict.
        dict::delitem(unsafe { dict_ref(dd) }, key).unwrap();
    }
    for v in [keys, values, items, d, d2, d3, a, k, i] {
        decref(v);
    }
}

/// Runs `f` on a thread with a main-thread-sized stack (a compiled
/// program's recursion runs on an 8 MiB stack; test threads get 2 MiB,
/// too little for unoptimised builds).
fn with_big_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(f)
        .expect("spawn")
        .join()
        .expect("test thread");
}

#[test]
fn nesting_limits_raise_recursion_error() {
    with_big_stack(nesting_limits);
}

fn nesting_limits() {
    // d = {}; for _ in range(n): d = {0: d}  -- repr works up to 998 dicts.
    let nest = |n: usize| {
        let mut d = new_dict();
        for _ in 0..n {
            let outer = new_dict();
            setitem(outer, small(0), d);
            decref(d);
            d = outer;
        }
        d
    };
    let ok = nest(997);
    assert!(to_repr(ok).map(decref).is_ok());
    let deep = nest(998);
    assert!(to_repr(deep).is_err());
    assert_eq!(
        error(),
        "RecursionError: maximum recursion depth exceeded while getting the repr of an object"
    );
    let deep2 = nest(998);
    assert_eq!(
        crate::ops::compare(crate::ops::CmpOp::Eq, deep, deep2),
        Ok(true)
    );
    let deeper = nest(1200);
    let deeper2 = nest(1200);
    assert!(crate::ops::compare(crate::ops::CmpOp::Eq, deeper, deeper2).is_err());
    assert_eq!(
        error(),
        "RecursionError: maximum recursion depth exceeded in comparison"
    );
    for v in [ok, deep, deep2, deeper, deeper2] {
        decref(v);
    }
    // Hashing a tuple nested far beyond any real data fails cleanly.
    let mut t = crate::tuple::tuple_from_owned(vec![]).unwrap();
    for _ in 0..6_000 {
        t = crate::tuple::tuple_from_owned(vec![t]).unwrap();
    }
    assert!(crate::hash::hash(t).is_err());
    assert_eq!(error(), "RecursionError: maximum recursion depth exceeded");
    decref(t);
}

#[test]
fn deep_containers_free_without_overflowing_the_stack() {
    // The default test stack: freeing must not recurse with the nesting.
    deep_frees();
}

fn deep_frees() {
    let mut d = new_dict();
    for _ in 0..200_000 {
        let outer = new_dict();
        setitem(outer, small(0), d);
        decref(d);
        d = outer;
    }
    decref(d);
    let mut s = crate::set::make_new_set(true, UNBOUND).unwrap();
    for _ in 0..200_000 {
        let t = crate::tuple::tuple_from_owned(vec![s]).unwrap();
        s = crate::set::frozenset_from(t).unwrap();
        decref(t);
    }
    decref(s);
}

#[test]
fn dict_iteration_after_mutation() {
    // d = {1: 1, 2: 2}; it = iter(d); next(it); del d[1]; d[3] = 3
    let d = new_dict();
    setitem(d, small(1), small(1));
    setitem(d, small(2), small(2));
    let it = crate::seq::iter(d).unwrap();
    assert_eq!(crate::seq::iter_next(it), Ok(small(1)));
    // SAFETY: a dict.
    dict::delitem(unsafe { dict_ref(d) }, small(1)).unwrap();
    setitem(d, small(3), small(3));
    assert_eq!(
        drain(it),
        [
            "2",
            "RuntimeError: dictionary keys changed during iteration"
        ]
    );
    assert_eq!(drain(it), Vec::<String>::new());
    decref(it);
    // Size changes are sticky: d = {1: 1, 2: 2}; next; d[3] = 3; next; del d[3]; next
    let it = crate::seq::iter(d).unwrap();
    assert_eq!(crate::seq::iter_next(it), Ok(small(2)));
    setitem(d, small(4), small(4));
    assert_eq!(
        drain(it),
        ["RuntimeError: dictionary changed size during iteration"]
    );
    // SAFETY: a dict.
    dict::delitem(unsafe { dict_ref(d) }, small(4)).unwrap();
    assert_eq!(
        drain(it),
        ["RuntimeError: dictionary changed size during iteration"]
    );
    decref(it);
    // Views see the live dict.
    let items = call(d, "items", &[]).unwrap();
    let it = crate::seq::iter(items).unwrap();
    assert_eq!(drain(it), ["(2, 2)", "(3, 3)"]);
    decref(it);
    decref(items);
    decref(d);
}

#[test]
fn set_iteration_after_mutation() {
    let s = crate::set::make_new_set(false, UNBOUND).unwrap();
    for i in 0..3 {
        call(s, "add", &[small(i)]).unwrap();
    }
    let it = crate::seq::iter(s).unwrap();
    assert_eq!(crate::seq::iter_next(it), Ok(small(0)));
    call(s, "add", &[small(10)]).unwrap();
    assert_eq!(
        drain(it),
        ["RuntimeError: Set changed size during iteration"]
    );
    call(s, "discard", &[small(10)]).unwrap();
    assert_eq!(
        drain(it),
        ["RuntimeError: Set changed size during iteration"]
    );
    decref(it);
    decref(s);
}

#[test]
fn references_are_released_on_every_path() {
    let k = str_new("key");
    let v = str_new("value");
    let d = new_dict();
    setitem(d, k, v);
    assert_eq!((refcnt(k), refcnt(v)), (2, 2));
    // Overwrite keeps the first key object and releases the old value (the
    // dict's lookup cache holds the equal key `k2` until the entry goes).
    let k2 = str_new("key");
    let v2 = str_new("other");
    setitem(d, k2, v2);
    assert_eq!((refcnt(k), refcnt(k2), refcnt(v), refcnt(v2)), (2, 2, 1, 2));
    // A KeyError holds its key until the exception is dropped.
    let missing = str_new("missing");
    // SAFETY: a dict.
    assert!(dict::getitem(unsafe { dict_ref(d) }, missing).is_err());
    assert_eq!(refcnt(missing), 2);
    assert_eq!(error(), "KeyError: 'missing'");
    assert_eq!(refcnt(missing), 1);
    // Views, iterators and copies own the dict; pop hands over its value.
    let keys = call(d, "keys", &[]).unwrap();
    let it = crate::seq::iter(keys).unwrap();
    let copy = call(d, "copy", &[]).unwrap();
    assert_eq!(refcnt(d), 3);
    assert_eq!((refcnt(k), refcnt(v2)), (3, 3));
    decref(copy);
    decref(it);
    decref(keys);
    assert_eq!(refcnt(d), 1);
    let popped = call(d, "pop", &[k2]).unwrap();
    assert_eq!(popped, v2);
    assert_eq!((refcnt(k), refcnt(k2), refcnt(v2)), (1, 1, 2));
    decref(popped);
    // Unhashable keys fail before anything is stored.
    let s = crate::set::make_new_set(false, UNBOUND).unwrap();
    assert_eq!(
        call(d, "setdefault", &[s, v]),
        Err("TypeError: unhashable type: 'set'".into())
    );
    assert_eq!(refcnt(s), 1);
    // Sets: add, a failed remove, pop.
    call(s, "add", &[k]).unwrap();
    assert_eq!(refcnt(k), 2);
    assert_eq!(
        call(s, "remove", &[missing]),
        Err("KeyError: 'missing'".into())
    );
    assert_eq!(refcnt(missing), 1);
    let p = call(s, "pop", &[]).unwrap();
    assert_eq!((p, refcnt(k)), (k, 2));
    decref(p);
    // Set algebra results own their elements.
    setitem(d, k, v);
    call(s, "update", &[d]).unwrap();
    let u = call(s, "union", &[d]).unwrap();
    let x = call(s, "symmetric_difference", &[d]).unwrap();
    assert_eq!(refcnt(k), 4);
    decref(x);
    decref(u);
    decref(s);
    decref(d);
    assert_eq!((refcnt(k), refcnt(v)), (1, 1));
    for x in [k, k2, v, v2, missing] {
        decref(x);
    }
}

#[test]
fn set_membership_retries_a_set_as_frozenset() {
    // {1} in {frozenset({1})} is True; {1} as a dict key is unhashable.
    let inner = crate::set::make_new_set(false, UNBOUND).unwrap();
    call(inner, "add", &[small(1)]).unwrap();
    let frozen = crate::set::frozenset_from(inner).unwrap();
    let outer = crate::set::make_new_set(false, UNBOUND).unwrap();
    call(outer, "add", &[frozen]).unwrap();
    assert_eq!(crate::seq::contains(outer, inner), Ok(true));
    call(outer, "remove", &[inner]).unwrap();
    assert_eq!(repr(outer), "set()");
    let d = new_dict();
    assert!(crate::seq::contains(d, inner).is_err());
    assert_eq!(error(), "TypeError: unhashable type: 'set'");
    for v in [inner, frozen, outer, d] {
        decref(v);
    }
}

#[test]
fn iterable_builtins_accept_dicts_and_sets() {
    // a, b = {'x': 1, 'y': 2}; max({3, 1, 2}); min({'b': 0, 'a': 1}.keys())
    let d = new_dict();
    let (x, y) = (str_new("x"), str_new("y"));
    setitem(d, x, small(1));
    setitem(d, y, small(2));
    let pair = crate::seq::unpack(d, 2).unwrap();
    assert_eq!(repr(pair), "('x', 'y')");
    assert!(crate::seq::unpack(d, 3).is_err());
    assert_eq!(
        error(),
        "ValueError: not enough values to unpack (expected 3, got 2)"
    );
    let s = crate::set::make_new_set(false, UNBOUND).unwrap();
    for i in [3, 1, 2] {
        call(s, "add", &[small(i)]).unwrap();
    }
    // SAFETY: one readable value.
    let m = unsafe { crate::builtins::molt_max([s].as_ptr(), 1) };
    assert_eq!(m, small(3));
    let keys = call(d, "keys", &[]).unwrap();
    // SAFETY: one readable value.
    let m = unsafe { crate::builtins::molt_min([keys].as_ptr(), 1) };
    assert_eq!(repr(m), "'x'");
    for v in [m, keys, s, pair, d, x, y] {
        decref(v);
    }
}
