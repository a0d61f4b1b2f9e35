//! `list.sort` / `sorted`: CPython 3.11's timsort, comparison for
//! comparison, plus fast paths for key sets whose order cannot depend on
//! the algorithm.
//!
//! The generic path reimplements CPython's algorithm (natural runs,
//! binary insertion up to `minrun`, galloping merges, the "powersort"
//! merge policy) and asks `<` exactly the same questions in the same
//! order. That matters whenever `<` is not a consistent total order (NaNs,
//! mixed types that raise): the error message, the first failing pair and
//! the partially sorted list left behind all match CPython.
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

// ---------------------------------------------------------------- timsort

/// Galloping starts after this many consecutive wins of one run.
const MIN_GALLOP: usize = 7;

#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

struct MergeState<T, F> {
    min_gallop: usize,
    pending: Vec<Run>,
    tmp: Vec<T>,
    listlen: usize,
    lt: F,
}

/// Length and direction of the run starting at `lo` (`lo < hi`): the longest
/// non-descending prefix, or the longest strictly descending one.
fn count_run<T: Copy, F>(
    ms: &mut MergeState<T, F>,
    a: &[T],
    lo: usize,
    hi: usize,
) -> PyResult<(usize, bool)>
where
    F: FnMut(&T, &T) -> PyResult<bool>,
{
    if lo + 1 == hi {
        return Ok((1, false));
    }
    let mut n = 2;
    if (ms.lt)(&a[lo + 1], &a[lo])? {
        let mut i = lo + 2;
        while i < hi && (ms.lt)(&a[i], &a[i - 1])? {
            n += 1;
            i += 1;
        }
        Ok((n, true))
    } else {
        let mut i = lo + 2;
        while i < hi && !(ms.lt)(&a[i], &a[i - 1])? {
            n += 1;
            i += 1;
        }
        Ok((n, false))
    }
}

/// Sorts `a[lo..hi]` by binary insertion, `a[lo..start]` being sorted.
/// On error the slice is a permutation of its input.
fn binarysort<T: Copy, F>(
    ms: &mut MergeState<T, F>,
    a: &mut [T],
    lo: usize,
    hi: usize,
    start: usize,
) -> PyResult<()>
where
    F: FnMut(&T, &T) -> PyResult<bool>,
{
    let start = if start == lo { start + 1 } else { start };
    for s in start..hi {
        let pivot = a[s];
        let (mut l, mut r) = (lo, s);
        loop {
            let p = l + ((r - l) >> 1);
            if (ms.lt)(&pivot, &a[p])? {
                r = p;
            } else {
                l = p + 1;
            }
            if l >= r {
                break;
            }
        }
        a.copy_within(l..s, l + 1);
        a[l] = pivot;
    }
    Ok(())
}

/// Where `key` belongs in the sorted `a` (before equal elements), searching
/// from `hint`.
fn gallop_left<T: Copy, F>(lt: &mut F, key: &T, a: &[T], hint: usize) -> PyResult<usize>
where
    F: FnMut(&T, &T) -> PyResult<bool>,
{
    let n = a.len() as isize;
    let hint = hint as isize;
    let (mut lastofs, mut ofs): (isize, isize) = (0, 1);
    if lt(&a[hint as usize], key)? {
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(&a[(hint + ofs) as usize], key)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        lastofs += hint;
        ofs += hint;
    } else {
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(&a[(hint - ofs) as usize], key)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    }
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(&a[m as usize], key)? {
            lastofs = m + 1;
        } else {
            ofs = m;
        }
    }
    Ok(ofs as usize)
}

/// Where `key` belongs in the sorted `a` (after equal elements), searching
/// from `hint`.
fn gallop_right<T: Copy, F>(lt: &mut F, key: &T, a: &[T], hint: usize) -> PyResult<usize>
where
    F: FnMut(&T, &T) -> PyResult<bool>,
{
    let n = a.len() as isize;
    let hint = hint as isize;
    let (mut lastofs, mut ofs): (isize, isize) = (0, 1);
    if lt(key, &a[hint as usize])? {
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(key, &a[(hint - ofs) as usize])? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    } else {
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(key, &a[(hint + ofs) as usize])? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lastofs += hint;
        ofs += hint;
    }
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(key, &a[m as usize])? {
            ofs = m;
        } else {
            lastofs = m + 1;
        }
    }
    Ok(ofs as usize)
}

/// How a merge loop ended.
enum Exit {
    Done,
    CopyOther,
    Failed(crate::exc::Raised),
}

impl<T: Copy, F> MergeState<T, F>
where
    F: FnMut(&T, &T) -> PyResult<bool>,
{
    /// Merges the runs `a[pa..pa+na]` and `a[pa+na..pa+na+nb]` (`na <= nb`),
    /// copying the first run out.
    fn merge_lo(&mut self, a: &mut [T], pa: usize, mut na: usize, mut nb: usize) -> PyResult<()> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&a[pa..pa + na]);
        let mut dest = pa;
        let mut ia = 0usize;
        let mut ib = pa + na;
        a[dest] = a[ib];
        dest += 1;
        ib += 1;
        nb -= 1;
        let exit = 'outer: {
            if nb == 0 {
                break 'outer Exit::Done;
            }
            if na == 1 {
                break 'outer Exit::CopyOther;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount = 0usize;
                let mut bcount = 0usize;
                loop {
                    let k = match (self.lt)(&a[ib], &self.tmp[ia]) {
                        Ok(k) => k,
                        Err(e) => break 'outer Exit::Failed(e),
                    };
                    if k {
                        a[dest] = a[ib];
                        dest += 1;
                        ib += 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 0 {
                            break 'outer Exit::Done;
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    } else {
                        a[dest] = self.tmp[ia];
                        dest += 1;
                        ia += 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 1 {
                            break 'outer Exit::CopyOther;
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let key = a[ib];
                    let k = match gallop_right(&mut self.lt, &key, &self.tmp[ia..ia + na], 0) {
                        Ok(k) => k,
                        Err(e) => break 'outer Exit::Failed(e),
                    };
                    acount = k;
                    if k > 0 {
                        a[dest..dest + k].copy_from_slice(&self.tmp[ia..ia + k]);
                        dest += k;
                        ia += k;
                        na -= k;
                        if na == 1 {
                            break 'outer Exit::CopyOther;
                        }
                        if na == 0 {
                            break 'outer Exit::Done;
                        }
                    }
                    a[dest] = a[ib];
                    dest += 1;
                    ib += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'outer Exit::Done;
                    }
                    let key = self.tmp[ia];
                    let k = match gallop_left(&mut self.lt, &key, &a[ib..ib + nb], 0) {
                        Ok(k) => k,
                        Err(e) => break 'outer Exit::Failed(e),
                    };
                    bcount = k;
                    if k > 0 {
                        a.copy_within(ib..ib + k, dest);
                        dest += k;
                        ib += k;
                        nb -= k;
                        if nb == 0 {
                            break 'outer Exit::Done;
                        }
                    }
                    a[dest] = self.tmp[ia];
                    dest += 1;
                    ia += 1;
                    na -= 1;
                    if na == 1 {
                        break 'outer Exit::CopyOther;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match exit {
            Exit::CopyOther => {
                // The last element of the first run belongs at the end.
                a.copy_within(ib..ib + nb, dest);
                a[dest + nb] = self.tmp[ia];
                Ok(())
            }
            Exit::Done | Exit::Failed(_) => {
                if na > 0 {
                    a[dest..dest + na].copy_from_slice(&self.tmp[ia..ia + na]);
                }
                match exit {
                    Exit::Failed(e) => Err(e),
                    _ => Ok(()),
                }
            }
        }
    }

    /// Merges the runs `a[pa..pa+na]` and `a[pa+na..pa+na+nb]` (`na >= nb`),
    /// copying the second run out and filling from the right.
    fn merge_hi(&mut self, a: &mut [T], pa: usize, mut na: usize, mut nb: usize) -> PyResult<()> {
        let pb = pa + na;
        self.tmp.clear();
        self.tmp.extend_from_slice(&a[pb..pb + nb]);
        let mut dest = (pb + nb - 1) as isize;
        let mut ia = (pa + na - 1) as isize;
        let mut ib = nb as isize - 1;
        let at = |i: isize| i as usize;
        a[at(dest)] = a[at(ia)];
        dest -= 1;
        ia -= 1;
        na -= 1;
        let exit = 'outer: {
            if na == 0 {
                break 'outer Exit::Done;
            }
            if nb == 1 {
                break 'outer Exit::CopyOther;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount = 0usize;
                let mut bcount = 0usize;
                loop {
                    let k = match (self.lt)(&self.tmp[at(ib)], &a[at(ia)]) {
                        Ok(k) => k,
                        Err(e) => break 'outer Exit::Failed(e),
                    };
                    if k {
                        a[at(dest)] = a[at(ia)];
                        dest -= 1;
                        ia -= 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 0 {
                            break 'outer Exit::Done;
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    } else {
                        a[at(dest)] = self.tmp[at(ib)];
                        dest -= 1;
                        ib -= 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 1 {
                            break 'outer Exit::CopyOther;
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let key = self.tmp[at(ib)];
                    let k = match gallop_right(&mut self.lt, &key, &a[pa..pa + na], na - 1) {
                        Ok(k) => na - k,
                        Err(e) => break 'outer Exit::Failed(e),
                    };
                    acount = k;
                    if k > 0 {
                        dest -= k as isize;
                        ia -= k as isize;
                        a.copy_within(at(ia + 1)..at(ia + 1) + k, at(dest + 1));
                        na -= k;
                        if na == 0 {
                            break 'outer Exit::Done;
                        }
                    }
                    a[at(dest)] = self.tmp[at(ib)];
                    dest -= 1;
                    ib -= 1;
                    nb -= 1;
                    if nb == 1 {
                        break 'outer Exit::CopyOther;
                    }
                    let key = a[at(ia)];
                    let k = match gallop_left(&mut self.lt, &key, &self.tmp[..nb], nb - 1) {
                        Ok(k) => nb - k,
                        Err(e) => break 'outer Exit::Failed(e),
                    };
                    bcount = k;
                    if k > 0 {
                        dest -= k as isize;
                        ib -= k as isize;
                        let (src, dst) = (at(ib + 1), at(dest + 1));
                        a[dst..dst + k].copy_from_slice(&self.tmp[src..src + k]);
                        nb -= k;
                        if nb == 1 {
                            break 'outer Exit::CopyOther;
                        }
                        if nb == 0 {
                            break 'outer Exit::Done;
                        }
                    }
                    a[at(dest)] = a[at(ia)];
                    dest -= 1;
                    ia -= 1;
                    na -= 1;
                    if na == 0 {
                        break 'outer Exit::Done;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match exit {
            Exit::CopyOther => {
                // The first element of the second run belongs at the front.
                let lo = at(ia + 1 - na as isize);
                a.copy_within(lo..lo + na, at(dest + 1 - na as isize));
                dest -= na as isize;
                a[at(dest)] = self.tmp[at(ib)];
                Ok(())
            }
            Exit::Done | Exit::Failed(_) => {
                if nb > 0 {
                    let lo = at(dest + 1 - nb as isize);
                    a[lo..lo + nb].copy_from_slice(&self.tmp[..nb]);
                }
                match exit {
                    Exit::Failed(e) => Err(e),
                    _ => Ok(()),
                }
            }
        }
    }

    /// Merges the pending runs `i` and `i + 1`.
    fn merge_at(&mut self, a: &mut [T], i: usize) -> PyResult<()> {
        let (ra, rb) = (self.pending[i], self.pending[i + 1]);
        self.pending[i].len = ra.len + rb.len;
        self.pending.remove(i + 1);
        let (mut pa, mut na) = (ra.base, ra.len);
        let (pb, nb) = (rb.base, rb.len);
        let key = a[pb];
        let k = gallop_right(&mut self.lt, &key, &a[pa..pa + na], 0)?;
        pa += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        let key = a[pa + na - 1];
        let nb = gallop_left(&mut self.lt, &key, &a[pb..pb + nb], nb - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(a, pa, na, nb)
        } else {
            self.merge_hi(a, pa, na, nb)
        }
    }

    /// The powersort policy: merges runs deeper than the new run's node.
    fn found_new_run(&mut self, a: &mut [T], n2: usize) -> PyResult<()> {
        if let Some(last) = self.pending.last() {
            let power = powerloop(last.base, last.len, n2, self.listlen);
            while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
                self.merge_at(a, self.pending.len() - 2)?;
            }
            if let Some(last) = self.pending.last_mut() {
                last.power = power;
            }
        }
        Ok(())
    }

    fn merge_force_collapse(&mut self, a: &mut [T]) -> PyResult<()> {
        while self.pending.len() > 1 {
            let p = &self.pending;
            let mut n = p.len() - 2;
            if n > 0 && p[n - 1].len < p[n + 1].len {
                n -= 1;
            }
            self.merge_at(a, n)?;
        }
        Ok(())
    }
}

/// The "power" of the boundary between the run `s1..s1+n1` and the next
/// run of `n2` in a list of `n` (listsort.txt).
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// CPython's timsort of `a` by `lt`. On error `a` is a permutation of its input.
pub fn timsort<T: Copy, F>(a: &mut [T], lt: F) -> PyResult<()>
where
    F: FnMut(&T, &T) -> PyResult<bool>,
{
    let n = a.len();
    if n < 2 {
        return Ok(());
    }
    let mut ms = MergeState {
        min_gallop: MIN_GALLOP,
        pending: Vec::new(),
        tmp: Vec::new(),
        listlen: n,
        lt,
    };
    let minrun = compute_minrun(n);
    let mut lo = 0;
    let mut remaining = n;
    while remaining > 0 {
        let (mut run, descending) = count_run(&mut ms, a, lo, lo + remaining)?;
        if descending {
            a[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = remaining.min(minrun);
            binarysort(&mut ms, a, lo, lo + force, lo + run)?;
            run = force;
        }
        ms.found_new_run(a, run)?;
        ms.pending.push(Run {
            base: lo,
            len: run,
            power: 0,
        });
        lo += run;
        remaining -= run;
    }
    ms.merge_force_collapse(a)
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
        None => timsort(a, |x: &T, y: &T| value_lt(key(x), key(y))),
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
