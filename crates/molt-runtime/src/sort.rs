//! `list.sort` / `sorted`: CPython 3.11's timsort ([`crate::timsort`]),
//! comparison for comparison, plus fast paths for key sets whose order
//! cannot depend on the algorithm.
//!
//! The generic path matters whenever `<` is not a consistent total order
//! (NaNs, mixed types that raise): the error message, the first failing
//! pair and the partially sorted list left behind all match CPython.
//!
//! When every key is a small int, every key a float and none a NaN, every
//! key a str, or every key a tuple whose columns are each all small ints,
//! all non-NaN floats or all strs, `<` is a total preorder that cannot
//! raise, so any *stable* sort gives CPython's result; those use Rust's
//! sorts on unboxed keys.

use crate::exc::{value_error, PyResult, Raised};
use crate::list::ListObj;
use crate::ops::{compare, eq_identity, CmpOp};
use crate::value::{decref, is_small, view, Obj, NONE, UNBOUND};
use crate::Value;
use std::cmp::Ordering;

/// `a < b` for sorting: CPython's `PyObject_RichCompareBool(a, b, Py_LT)`
/// with exact fast paths for common pairs.
#[inline]
pub fn value_lt(a: Value, b: Value) -> PyResult<bool> {
    if is_small(a) && is_small(b) {
        return Ok((a as i64) < (b as i64));
    }
    match (view(a), view(b)) {
        (Obj::Float(x), Obj::Float(y)) => Ok(x < y),
        (Obj::Str(x), Obj::Str(y)) => Ok(x.as_bytes() < y.as_bytes()),
        (Obj::Tuple(x), Obj::Tuple(y)) => {
            for (&p, &q) in x.iter().zip(y) {
                if p == q {
                    continue;
                }
                if is_small(p) && is_small(q) {
                    return Ok((p as i64) < (q as i64));
                }
                if !eq_identity(p, q)? {
                    return value_lt(p, q);
                }
            }
            Ok(x.len() < y.len())
        }
        _ => compare(CmpOp::Lt, a, b),
    }
}

// ---------------------------------------------------------------- fast paths

/// The order class of one tuple column.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Col {
    Int,
    Float,
    Str,
}

fn col_of(v: Value) -> Option<Col> {
    if is_small(v) {
        return Some(Col::Int);
    }
    match view(v) {
        Obj::Float(x) if !x.is_nan() => Some(Col::Float),
        Obj::Str(_) => Some(Col::Str),
        _ => None,
    }
}

/// `a` vs `b` for values of the same class.
#[inline]
fn col_cmp(c: Col, a: Value, b: Value) -> Ordering {
    match c {
        Col::Int => (a as i64).cmp(&(b as i64)),
        Col::Float => match (view(a), view(b)) {
            (Obj::Float(x), Obj::Float(y)) => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
            _ => Ordering::Equal,
        },
        Col::Str => match (view(a), view(b)) {
            (Obj::Str(x), Obj::Str(y)) => x.as_bytes().cmp(y.as_bytes()),
            _ => Ordering::Equal,
        },
    }
}

/// The column classes when every key is a tuple whose columns each hold one
/// class, else `None`.
fn tuple_columns(keys: impl Iterator<Item = Value>) -> Option<Vec<Col>> {
    let mut cols: Vec<Col> = Vec::new();
    for k in keys {
        let Obj::Tuple(items) = view(k) else {
            return None;
        };
        for (j, &x) in items.iter().enumerate() {
            let c = col_of(x)?;
            match cols.get(j) {
                Some(&have) if have != c => return None,
                Some(_) => {}
                None => cols.push(c),
            }
        }
    }
    Some(cols)
}

/// A key set whose order any stable sort reproduces.
enum Fast {
    Ints,
    Floats,
    Strs,
    Tuples(Vec<Col>),
}

fn classify(keys: impl Iterator<Item = Value> + Clone) -> Option<Fast> {
    let mut all = keys.clone();
    let first = all.next()?;
    if is_small(first) {
        return keys.clone().all(is_small).then_some(Fast::Ints);
    }
    match view(first) {
        Obj::Float(_) => keys
            .clone()
            .all(|k| matches!(view(k), Obj::Float(x) if !x.is_nan()))
            .then_some(Fast::Floats),
        Obj::Str(_) => keys
            .clone()
            .all(|k| matches!(view(k), Obj::Str(_)))
            .then_some(Fast::Strs),
        Obj::Tuple(_) => tuple_columns(keys).map(Fast::Tuples),
        _ => None,
    }
}

/// Stable sort of `a` by the key `key(x)` under `fast`'s order.
fn fast_sort<T: Copy>(a: &mut [T], key: impl Fn(&T) -> Value + Copy, fast: &Fast) {
    match fast {
        Fast::Ints => a.sort_by_key(|x| key(x) as i64),
        Fast::Floats => {
            let mut tagged: Vec<(f64, T)> = a
                .iter()
                .map(|x| match view(key(x)) {
                    Obj::Float(f) => (f, *x),
                    _ => (0.0, *x),
                })
                .collect();
            tagged.sort_by(|p, q| p.0.partial_cmp(&q.0).unwrap_or(Ordering::Equal));
            a.iter_mut().zip(tagged).for_each(|(d, (_, x))| *d = x);
        }
        Fast::Strs if a.iter().all(|x| !long_str(key(x))) => {
            let mut tagged: Vec<(u64, T)> = a.iter().map(|x| (exact_image(key(x)), *x)).collect();
            tagged.sort_by_key(|p| p.0);
            a.iter_mut().zip(tagged).for_each(|(d, (_, x))| *d = x);
        }
        Fast::Strs => {
            let mut tagged: Vec<(u64, &[u8], T)> = a
                .iter()
                .map(|x| match view(key(x)) {
                    Obj::Str(s) => (str_prefix(s.as_bytes()), s.as_bytes(), *x),
                    _ => (0, &[][..], *x),
                })
                .collect();
            tagged.sort_by(|p, q| {
                p.0.cmp(&q.0).then_with(|| {
                    if p.1.len() <= 8 && q.1.len() <= 8 {
                        p.1.len().cmp(&q.1.len())
                    } else {
                        p.1.cmp(q.1)
                    }
                })
            });
            a.iter_mut().zip(tagged).for_each(|(d, (_, _, x))| *d = x);
        }
        Fast::Tuples(cols) if packable(a, key, cols) => sort_packed(a, key),
        Fast::Tuples(cols) => {
            // The first column's image settles most comparisons without
            // touching the tuples; equal images fall back to the columns.
            let mut tagged: Vec<(u64, &[Value], T)> = a
                .iter()
                .map(|x| match view(key(x)) {
                    Obj::Tuple(t) => (t.first().map_or(0, |&v| image(v)), t, *x),
                    _ => (0, &[][..], *x),
                })
                .collect();
            tagged.sort_by(|p, q| {
                p.0.cmp(&q.0).then_with(|| {
                    for ((&u, &v), &c) in p.1.iter().zip(q.1).zip(cols) {
                        let o = col_cmp(c, u, v);
                        if o != Ordering::Equal {
                            return o;
                        }
                    }
                    p.1.len().cmp(&q.1.len())
                })
            });
            a.iter_mut().zip(tagged).for_each(|(d, (_, _, x))| *d = x);
        }
    }
}

/// The first 8 bytes of `b`, zero-padded, as a big-endian `u64`: a smaller
/// prefix means a smaller str; equal prefixes need a closer look.
#[inline]
fn str_prefix(b: &[u8]) -> u64 {
    let mut p = [0u8; 8];
    let n = b.len().min(8);
    p[..n].copy_from_slice(&b[..n]);
    u64::from_be_bytes(p)
}

/// An order-consistent `u64` image of a column value: `image(a) <
/// image(b)` implies `a < b` for values of one column class.
#[inline]
fn image(v: Value) -> u64 {
    match view(v) {
        Obj::Str(s) => str_prefix(s.as_bytes()),
        _ => exact_image(v),
    }
}

/// Longest str (in UTF-8 bytes) that [`exact_image`] encodes.
const SHORT_STR: usize = 7;

/// An order-preserving, injective-up-to-equality `u64` image of a small
/// int, a non-NaN float (`-0.0` and `0.0` map alike, as they compare
/// equal) or a str of at most [`SHORT_STR`] bytes (its bytes, zero-padded,
/// then its length, so a proper prefix sorts first).
#[inline]
fn exact_image(v: Value) -> u64 {
    if is_small(v) {
        return (v as i64 as u64) ^ (1 << 63);
    }
    match view(v) {
        Obj::Float(x) => {
            let bits = if x == 0.0 { 0 } else { x.to_bits() };
            if bits >> 63 == 1 {
                !bits
            } else {
                bits | (1 << 63)
            }
        }
        Obj::Str(s) => {
            let b = s.as_bytes();
            let mut p = [0u8; 8];
            let n = b.len().min(SHORT_STR);
            p[..n].copy_from_slice(&b[..n]);
            p[7] = b.len().min(255) as u8;
            u64::from_be_bytes(p)
        }
        _ => 0,
    }
}

/// Is `v` a str too long for [`exact_image`]?
fn long_str(v: Value) -> bool {
    matches!(view(v), Obj::Str(s) if s.len() > SHORT_STR)
}

/// Can the tuple keys be packed into fixed-size exact images: all of one
/// length (at most 4), with no long strs?
fn packable<T: Copy>(a: &[T], key: impl Fn(&T) -> Value, cols: &[Col]) -> bool {
    let len = cols.len();
    (1..=4).contains(&len)
        && a.iter().all(|x| {
            matches!(view(key(x)), Obj::Tuple(t) if t.len() == len
                && !(cols.contains(&Col::Str) && t.iter().any(|&v| long_str(v))))
        })
}

/// Stable sort of tuple keys through their packed images: lexicographic
/// order of the images is the tuples' order, so comparisons touch no heap
/// object.
fn sort_packed<T: Copy>(a: &mut [T], key: impl Fn(&T) -> Value) {
    let image = |x: &T| -> [u64; 4] {
        let mut k = [0u64; 4];
        if let Obj::Tuple(t) = view(key(x)) {
            for (d, &v) in k.iter_mut().zip(t) {
                *d = exact_image(v);
            }
        }
        k
    };
    let narrow = a
        .first()
        .is_some_and(|x| matches!(view(key(x)), Obj::Tuple(t) if t.len() <= 2));
    if narrow {
        let mut tagged: Vec<(u128, T)> = a
            .iter()
            .map(|x| {
                let k = image(x);
                (((k[0] as u128) << 64) | k[1] as u128, *x)
            })
            .collect();
        tagged.sort_by_key(|p| p.0);
        a.iter_mut().zip(tagged).for_each(|(d, (_, x))| *d = x);
    } else {
        let mut tagged: Vec<([u64; 4], T)> = a.iter().map(|x| (image(x), *x)).collect();
        tagged.sort_by_key(|p| p.0);
        a.iter_mut().zip(tagged).for_each(|(d, (_, x))| *d = x);
    }
}

/// Sorts `a` (already reversed when sorting in reverse) by `key(x)`;
/// `keys_are_items` says equal small-int keys are indistinguishable items,
/// so stability is moot.
fn sort_slice<T: Copy>(
    a: &mut [T],
    key: impl Fn(&T) -> Value + Copy,
    keys_are_items: bool,
) -> PyResult<()> {
    match classify(a.iter().map(key)) {
        Some(Fast::Ints) if keys_are_items => {
            a.sort_unstable_by_key(|x| key(x) as i64);
            Ok(())
        }
        Some(fast) => {
            fast_sort(a, key, &fast);
            Ok(())
        }
        None => crate::timsort::timsort(a, |x: &T, y: &T| value_lt(key(x), key(y))),
    }
}

/// The address a list's `items` points to while the list is being sorted;
/// any other value afterwards means the list was modified meanwhile.
static SORTING: Value = 0;

/// Why sorting stopped early.
enum SortError {
    /// A key function raised: the items are untouched.
    Key(Raised),
    /// A comparison raised: the items are some permutation of the input.
    Compare(Raised),
}

/// Sorts the detached items `vals` by `key` (None or unbound = the items
/// themselves), in reverse when asked (CPython reverses before sorting and
/// again after, which the caller does, so equal items keep their order).
fn sort_items(vals: &mut [Value], key: Value, reverse: bool) -> Result<(), SortError> {
    if key == NONE || key == UNBOUND {
        if reverse {
            vals.reverse();
        }
        return sort_slice(vals, |&v: &Value| v, true).map_err(SortError::Compare);
    }
    let mut keys = Vec::with_capacity(vals.len());
    for &v in vals.iter() {
        match crate::func::call(key, &[v]) {
            Ok(k) => keys.push(k),
            Err(e) => {
                keys.into_iter().for_each(decref);
                return Err(SortError::Key(e));
            }
        }
    }
    let mut pairs: Vec<(Value, Value)> = keys.into_iter().zip(vals.iter().copied()).collect();
    if reverse {
        pairs.reverse();
    }
    let r = sort_slice(&mut pairs, |p: &(Value, Value)| p.0, false);
    for (d, &(k, v)) in vals.iter_mut().zip(&pairs) {
        *d = v;
        decref(k);
    }
    r.map_err(SortError::Compare)
}

/// `l.sort(key=key, reverse=reverse)` (`key` None or unbound = no key).
/// Like CPython, the list looks empty while it is sorted, and changes made
/// meanwhile (by a key function) raise `ValueError: list modified during sort`.
pub fn list_sort(l: &ListObj, key: Value, reverse: bool) -> PyResult<()> {
    let marker = &SORTING as *const Value as *mut Value;
    let (items, n, cap) = l.take_buffer();
    // SAFETY: a zero-capacity buffer is never freed or written.
    unsafe { l.put_buffer(marker, 0, 0) };
    // SAFETY: the detached buffer holds `n` owned values (dangling but aligned when empty).
    let vals = unsafe { std::slice::from_raw_parts_mut(items, n) };
    let result = match sort_items(vals, key, reverse) {
        // CPython skips the final reversal and the modification check here.
        Err(SortError::Key(e)) => Err(e),
        outcome => {
            let mut r = match outcome {
                Err(SortError::Compare(e)) => Err(e),
                _ => Ok(()),
            };
            if r.is_ok() && (!l.is_empty() || l.items_ptr() != marker) {
                r = value_error("list modified during sort");
            }
            if reverse {
                vals.reverse();
            }
            r
        }
    };
    // SAFETY: restores the (sorted) buffer; whatever was put there meanwhile is released.
    unsafe {
        let (now, len, c) = l.put_buffer(items, n, cap);
        if now != marker {
            crate::list::free_buffer(now, len, c);
        }
    }
    result
}
