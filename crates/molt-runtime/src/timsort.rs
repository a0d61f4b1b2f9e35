//! CPython 3.11's list sort algorithm ("timsort" with the powersort merge
//! policy), reimplemented comparison for comparison: natural runs (strictly
//! descending ones reversed), binary insertion up to `minrun`, merges that
//! gallop after `MIN_GALLOP` consecutive wins, and the same temporary-run
//! bookkeeping. It asks `<` exactly the questions CPython asks, in the same
//! order, so an inconsistent or raising `<` leaves the same permutation
//! behind and fails on the same pair (see Objects/listsort.txt in CPython).

use crate::exc::{PyResult, Raised};

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
    Failed(Raised),
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
