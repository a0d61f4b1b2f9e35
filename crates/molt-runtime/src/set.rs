//! `set` and `frozenset`: CPython 3.11's open-addressing table
//! (`Objects/setobject.c`), reproduced slot for slot.
//!
//! Iterating a set walks its table, so the printed order of a set is its
//! layout. With CPython's hashes ([`crate::hash`]) and the same table
//! sizes (8 minimum, powers of two), probe sequence (up to
//! [`LINEAR_PROBES`] neighbours, then `i = i*5 + 1 + perturb` with
//! `perturb >>= 5`), dummy entries for deletions (reused by later adds),
//! resize rule (`fill*5 >= mask*3` rebuilds for `used*4`, or `used*2` past
//! 50000 entries) and pop finger, every set reaches CPython's layout, and
//! so its order. The set algebra (in [`crate::set_ops`]) follows CPython's
//! choice of which operand to walk and how results are built, which
//! decides their layout too.

use crate::dict::{fast_eq, key_hash};
use crate::exc::{raise, ret, PyResult, EXC_RUNTIME_ERROR};
use crate::ops::eq_identity;
use crate::value::{
    alloc_boxed, decref, heap_kind, incref, is_heap, view, Obj, ObjHeader, TypeInfo,
    KIND_FROZENSET, KIND_SET, NONE, UNBOUND,
};
use crate::Value;
use std::cell::UnsafeCell;

/// Smallest table (`PySet_MINSIZE`).
pub const MIN_SIZE: usize = 8;
/// Neighbouring slots probed before jumping (`LINEAR_PROBES`).
pub const LINEAR_PROBES: usize = 9;
/// `PERTURB_SHIFT`.
const PERTURB_SHIFT: u32 = 5;
/// The key of a deleted slot (CPython's `dummy`); its hash is -1.
const DUMMY: Value = UNBOUND;

/// One slot: unused when `key == 0 && hash == 0`, dummy when `key == DUMMY`.
#[derive(Clone, Copy, Default)]
#[repr(C)]
pub struct SetEntry {
    /// The element (owned), 0 (unused), or the dummy marker (`UNBOUND`).
    pub key: Value,
    /// Its hash (-1 for a dummy).
    pub hash: i64,
}

impl SetEntry {
    /// Does the slot hold an element?
    #[inline]
    pub fn is_active(&self) -> bool {
        self.key != 0 && self.key != DUMMY
    }
}

/// The table behind a set (CPython's `PySetObject` fields).
pub struct SetTable {
    /// Active plus dummy slots.
    pub fill: usize,
    /// Active slots.
    pub used: usize,
    /// Table size - 1.
    pub mask: usize,
    /// The slots.
    pub slots: Box<[SetEntry]>,
    /// A frozenset's cached hash, or -1.
    pub hash: i64,
    /// Where `pop()` starts looking.
    pub finger: usize,
}

impl SetTable {
    fn empty() -> SetTable {
        SetTable {
            fill: 0,
            used: 0,
            mask: MIN_SIZE - 1,
            slots: vec![SetEntry::default(); MIN_SIZE].into_boxed_slice(),
            hash: -1,
            finger: 0,
        }
    }
}

/// A set or frozenset object (the type record tells which).
#[repr(C)]
pub struct SetObj {
    /// Common header.
    pub header: ObjHeader,
    table: UnsafeCell<SetTable>,
}

impl SetObj {
    /// The table, for short accesses that call nothing that could reach
    /// this set (no comparisons, no decrefs, no reprs).
    ///
    /// # Safety
    /// No other reference to the table may be live.
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn table(&self) -> &mut SetTable {
        // SAFETY: per the contract (one isolate per thread).
        unsafe { &mut *self.table.get() }
    }

    /// Number of elements.
    pub fn len(&self) -> usize {
        // SAFETY: a plain read.
        unsafe { (*self.table.get()).used }
    }

    /// Is the set empty?
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Table size - 1.
    pub fn mask(&self) -> usize {
        // SAFETY: a plain read.
        unsafe { (*self.table.get()).mask }
    }

    /// The slot at `i` (a copy), if in range.
    pub fn slot(&self, i: usize) -> Option<SetEntry> {
        // SAFETY: a plain read of a copyable slot.
        let t: &SetTable = unsafe { &*self.table.get() };
        t.slots.get(i).copied()
    }

    /// Is this a frozenset?
    pub fn is_frozen(&self) -> bool {
        // SAFETY: the header's type record is a static.
        unsafe { (*self.header.ty).kind == KIND_FROZENSET }
    }

    /// The set as a value.
    pub fn value(&self) -> Value {
        self as *const SetObj as Value
    }

    /// The next active slot at or after `*pos` (CPython's `set_next`),
    /// advancing `*pos` past it.
    pub fn next_entry(&self, pos: &mut usize) -> Option<SetEntry> {
        let mask = self.mask();
        let mut i = *pos;
        while i <= mask {
            let e = self.slot(i)?;
            if e.is_active() {
                *pos = i + 1;
                return Some(e);
            }
            i += 1;
        }
        *pos = i + 1;
        None
    }
}

unsafe fn free_set(h: *mut ObjHeader) {
    // SAFETY: `h` was allocated by `alloc_boxed::<SetObj>` and is dead.
    let s = unsafe { Box::from_raw(h as *mut SetObj) };
    for e in s.table.into_inner().slots.iter() {
        if e.is_active() {
            decref(e.key);
        }
    }
}

unsafe fn dealloc_set(h: *mut ObjHeader) {
    // SAFETY: forwarded contract; the trashcan bounds the recursion.
    unsafe { crate::trashcan::dealloc(h, free_set) }
}

/// Type record of sets.
#[no_mangle]
pub static MOLT_TYPE_SET: TypeInfo =
    TypeInfo::builtin(KIND_SET, "set", dealloc_set).with_slots(crate::slots::SET);

/// Type record of frozensets.
#[no_mangle]
pub static MOLT_TYPE_FROZENSET: TypeInfo =
    TypeInfo::builtin(KIND_FROZENSET, "frozenset", dealloc_set).with_slots(crate::slots::FROZENSET);

/// A new empty set (`frozen`: a frozenset).
pub fn new_set(frozen: bool) -> Value {
    alloc_boxed(SetObj {
        header: ObjHeader {
            refcnt: 1,
            ty: if frozen {
                &MOLT_TYPE_FROZENSET
            } else {
                &MOLT_TYPE_SET
            },
        },
        table: UnsafeCell::new(SetTable::empty()),
    })
}

/// The set behind a value known to be a set or frozenset.
///
/// # Safety
/// `v` must be a live set or frozenset.
pub unsafe fn set_ref<'a>(v: Value) -> &'a SetObj {
    // SAFETY: per the contract.
    unsafe { &*(v as *const SetObj) }
}

/// `v` as a set or frozenset (`PyAnySet_Check`).
pub fn as_anyset<'a>(v: Value) -> Option<&'a SetObj> {
    match view(v) {
        Obj::Set(s) | Obj::FrozenSet(s) => Some(s),
        _ => None,
    }
}

/// Is `v` a (mutable) set (`PySet_Check`)?
pub fn is_set(v: Value) -> bool {
    is_heap(v) && heap_kind(v) == KIND_SET
}

/// Probe sequence state: the next jump target after the linear run at `i`.
#[inline]
fn next_probe(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    (i.wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(*perturb as usize))
        & mask
}

/// Linear probes allowed from `i` (`(i + LINEAR_PROBES <= mask) ? 9 : 0`).
#[inline]
fn probes_at(i: usize, mask: usize) -> usize {
    if i + LINEAR_PROBES <= mask {
        LINEAR_PROBES
    } else {
        0
    }
}

/// Did the table change under a comparison (`table != so->table ||
/// entry->key != startkey`)?
fn changed(so: &SetObj, slots: *const SetEntry, j: usize, startkey: Value) -> bool {
    // SAFETY: a fresh read after the comparison.
    unsafe {
        let t = &*so.table.get();
        t.slots.as_ptr() != slots || t.slots.get(j).map(|e| e.key) != Some(startkey)
    }
}

/// `set_lookkey`: the slot of `key` if present.
pub fn lookkey(so: &SetObj, key: Value, hash: i64) -> PyResult<Option<usize>> {
    'restart: loop {
        // SAFETY: reads of the table; nothing is held across the comparison,
        // after which `changed` re-reads it.
        let (slots, mut mask) = unsafe {
            let t = &*so.table.get();
            (t.slots.as_ptr(), t.mask)
        };
        let mut perturb = hash as u64;
        let mut i = hash as usize & mask;
        loop {
            let mut j = i;
            let mut probes = probes_at(i, mask);
            loop {
                // SAFETY: `j <= mask` (linear probes stay in range).
                let e = unsafe { *slots.add(j) };
                if e.hash == 0 && e.key == 0 {
                    return Ok(None);
                }
                if e.hash == hash {
                    let startkey = e.key;
                    if startkey == key {
                        return Ok(Some(j));
                    }
                    match fast_eq(startkey, key) {
                        Some(true) => return Ok(Some(j)),
                        Some(false) => {}
                        None => {
                            incref(startkey);
                            let cmp = eq_identity(startkey, key);
                            let moved = changed(so, slots, j, startkey);
                            decref(startkey);
                            let cmp = cmp?;
                            if moved {
                                continue 'restart;
                            }
                            if cmp {
                                return Ok(Some(j));
                            }
                            mask = so.mask();
                        }
                    }
                }
                j += 1;
                if probes == 0 {
                    break;
                }
                probes -= 1;
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }
}

/// `set_add_entry`: adds `key` (borrowed) with its known hash.
pub fn add_entry(so: &SetObj, key: Value, hash: i64) -> PyResult<()> {
    'restart: loop {
        // SAFETY: as in `lookkey`.
        let (slots, mut mask) = unsafe {
            let t = &*so.table.get();
            (t.slots.as_ptr(), t.mask)
        };
        let mut freeslot: Option<usize> = None;
        let mut perturb = hash as u64;
        let mut i = hash as usize & mask;
        let unused = 'probe: loop {
            let mut j = i;
            let mut probes = probes_at(i, mask);
            loop {
                // SAFETY: `j <= mask`.
                let e = unsafe { *slots.add(j) };
                if e.hash == 0 && e.key == 0 {
                    break 'probe j;
                }
                if e.hash == hash {
                    let startkey = e.key;
                    if startkey == key {
                        return Ok(());
                    }
                    match fast_eq(startkey, key) {
                        Some(true) => return Ok(()),
                        Some(false) => {}
                        None => {
                            incref(startkey);
                            let cmp = eq_identity(startkey, key);
                            let moved = changed(so, slots, j, startkey);
                            decref(startkey);
                            if cmp? {
                                return Ok(());
                            }
                            if moved {
                                continue 'restart;
                            }
                            mask = so.mask();
                        }
                    }
                } else if e.hash == -1 {
                    freeslot = Some(j);
                }
                j += 1;
                if probes == 0 {
                    break;
                }
                probes -= 1;
            }
            i = next_probe(i, &mut perturb, mask);
        };
        // SAFETY: no comparison or decref below while the table is borrowed.
        let t = unsafe { so.table() };
        if let Some(f) = freeslot {
            if t.slots[f].hash != -1 {
                continue 'restart;
            }
            incref(key);
            t.used += 1;
            t.slots[f] = SetEntry { key, hash };
            return Ok(());
        }
        incref(key);
        t.fill += 1;
        t.used += 1;
        t.slots[unused] = SetEntry { key, hash };
        if t.fill * 5 < mask * 3 {
            return Ok(());
        }
        let used = t.used;
        return table_resize(so, if used > 50000 { used * 2 } else { used * 4 });
    }
}

/// `set_insert_clean`: places a key known to be absent, in a table
/// without dummies.
fn insert_clean(slots: &mut [SetEntry], mask: usize, key: Value, hash: i64) {
    let mut perturb = hash as u64;
    let mut i = hash as usize & mask;
    loop {
        if slots[i].key == 0 {
            slots[i] = SetEntry { key, hash };
            return;
        }
        if i + LINEAR_PROBES <= mask {
            for slot in &mut slots[i + 1..=i + LINEAR_PROBES] {
                if slot.key == 0 {
                    *slot = SetEntry { key, hash };
                    return;
                }
            }
        }
        i = next_probe(i, &mut perturb, mask);
    }
}

/// `set_table_resize`: rebuilds the table with the smallest size (a power
/// of two, at least 8) above `minused`, re-inserting in old table order.
pub fn table_resize(so: &SetObj, minused: usize) -> PyResult<()> {
    let mut newsize = MIN_SIZE;
    while newsize <= minused {
        let Some(n) = newsize.checked_mul(2) else {
            return crate::exc::memory_error();
        };
        newsize = n;
    }
    if newsize > isize::MAX as usize / std::mem::size_of::<SetEntry>() {
        return crate::exc::memory_error();
    }
    // SAFETY: no comparison or decref below while the table is borrowed.
    let t = unsafe { so.table() };
    if newsize == MIN_SIZE && t.mask + 1 == MIN_SIZE && t.fill == t.used {
        // CPython keeps its small table when there are no dummies to purge.
        return Ok(());
    }
    let mut slots = vec![SetEntry::default(); newsize].into_boxed_slice();
    let mask = newsize - 1;
    for e in t.slots.iter() {
        if e.is_active() {
            insert_clean(&mut slots, mask, e.key, e.hash);
        }
    }
    t.fill = t.used;
    t.mask = mask;
    t.slots = slots;
    Ok(())
}

/// `set_contains_entry`.
pub fn contains_entry(so: &SetObj, key: Value, hash: i64) -> PyResult<bool> {
    Ok(lookkey(so, key, hash)?.is_some())
}

/// `set_discard_entry`: removes `key`; was it present?
pub fn discard_entry(so: &SetObj, key: Value, hash: i64) -> PyResult<bool> {
    let Some(j) = lookkey(so, key, hash)? else {
        return Ok(false);
    };
    // SAFETY: short access; the old key is released afterwards.
    let old = unsafe {
        let t = so.table();
        let old = t.slots[j].key;
        t.slots[j] = SetEntry {
            key: DUMMY,
            hash: -1,
        };
        t.used -= 1;
        old
    };
    decref(old);
    Ok(true)
}

/// `set_add_key`.
pub fn add_key(so: &SetObj, key: Value) -> PyResult<()> {
    let h = key_hash(key)?;
    add_entry(so, key, h)
}

/// `set_contains_key`.
pub fn contains_key(so: &SetObj, key: Value) -> PyResult<bool> {
    let h = key_hash(key)?;
    contains_entry(so, key, h)
}

/// `set_discard_key`.
pub fn discard_key(so: &SetObj, key: Value) -> PyResult<bool> {
    let h = key_hash(key)?;
    discard_entry(so, key, h)
}

/// `set_clear_internal`: empties the set back to the minimum size (the
/// pop finger is kept, as in CPython).
pub fn clear(so: &SetObj) {
    // SAFETY: the old table is moved out before its references are released.
    let old = unsafe {
        let t = so.table();
        let finger = t.finger;
        let old = std::mem::replace(t, SetTable::empty());
        t.finger = finger;
        old
    };
    for e in old.slots.iter() {
        if e.is_active() {
            decref(e.key);
        }
    }
}

/// `set_merge`: adds every element of `other` (a set or frozenset).
pub fn merge(so: &SetObj, other: &SetObj) -> PyResult<()> {
    if std::ptr::eq(so, other) || other.is_empty() {
        return Ok(());
    }
    // SAFETY: plain reads.
    let (fill, used, mask) = unsafe {
        let t = &*so.table.get();
        (t.fill, t.used, t.mask)
    };
    // One big resize up front, expecting few overlapping keys.
    if (fill + other.len()) * 5 >= mask * 3 {
        table_resize(so, (used + other.len()) * 2)?;
    }
    // SAFETY: `so` and `other` are distinct sets; no comparison or decref
    // happens while their tables are borrowed in the two fast paths.
    unsafe {
        let t = so.table();
        let o = &*other.table.get();
        if t.fill == 0 && t.mask == o.mask && o.fill == o.used {
            // Same size, no dummies: copy the slots as they are.
            for (dst, src) in t.slots.iter_mut().zip(o.slots.iter()) {
                if src.key != 0 {
                    incref(src.key);
                    *dst = *src;
                }
            }
            t.fill = o.fill;
            t.used = o.used;
            return Ok(());
        }
        if t.fill == 0 {
            t.fill = o.used;
            t.used = o.used;
            let mask = t.mask;
            for src in o.slots.iter() {
                if src.is_active() {
                    incref(src.key);
                    insert_clean(&mut t.slots, mask, src.key, src.hash);
                }
            }
            return Ok(());
        }
    }
    let mut i = 0;
    while i <= other.mask() {
        if let Some(e) = other.slot(i).filter(SetEntry::is_active) {
            incref(e.key);
            let r = add_entry(so, e.key, e.hash);
            decref(e.key);
            r?;
        }
        i += 1;
    }
    Ok(())
}

/// `set_update_internal`: adds the elements of any iterable, with
/// CPython's fast paths for sets and dicts (which decide the layout).
pub fn update(so: &SetObj, other: Value) -> PyResult<()> {
    if let Some(o) = as_anyset(other) {
        return merge(so, o);
    }
    if let Some(d) = crate::dict::as_dict(other) {
        // SAFETY: plain reads.
        let (fill, used, mask) = unsafe {
            let t = &*so.table.get();
            (t.fill, t.used, t.mask)
        };
        if (fill + d.len()) * 5 >= mask * 3 {
            table_resize(so, (used + d.len()) * 2)?;
        }
        let mut i = 0;
        while i < d.nentries() {
            if let Some(e) = d.entry(i) {
                incref(e.key);
                let r = add_entry(so, e.key, e.hash);
                decref(e.key);
                r?;
            }
            i += 1;
        }
        return Ok(());
    }
    for_each(other, |k| add_key(so, k).map(|()| true))
}

/// Calls `f` on the items of any iterable (each borrowed for the call)
/// until it returns `false` or the items run out.
pub fn for_each(iterable: Value, mut f: impl FnMut(Value) -> PyResult<bool>) -> PyResult<()> {
    let it = crate::seq::iter(iterable)?;
    let r = loop {
        match crate::seq::iter_next(it) {
            Ok(UNBOUND) => break Ok(()),
            Ok(x) => {
                let r = f(x);
                decref(x);
                match r {
                    Ok(true) => {}
                    Ok(false) => break Ok(()),
                    Err(e) => break Err(e),
                }
            }
            Err(e) => break Err(e),
        }
    };
    decref(it);
    r
}

/// The items of any iterable as new references.
pub fn collect(iterable: Value) -> PyResult<Vec<Value>> {
    let mut out = Vec::new();
    let r = for_each(iterable, |x| {
        incref(x);
        out.push(x);
        Ok(true)
    });
    match r {
        Ok(()) => Ok(out),
        Err(e) => {
            out.into_iter().for_each(decref);
            Err(e)
        }
    }
}

/// `make_new_set`: a new set (or frozenset) holding the items of
/// `iterable` (none when `UNBOUND`).
pub fn make_new_set(frozen: bool, iterable: Value) -> PyResult<Value> {
    let s = new_set(frozen);
    if iterable != UNBOUND {
        // SAFETY: `s` is a fresh set.
        if let Err(e) = update(unsafe { set_ref(s) }, iterable) {
            decref(s);
            return Err(e);
        }
    }
    Ok(s)
}

/// `frozenset(iterable)`: a frozenset argument is returned as is.
pub fn frozenset_from(iterable: Value) -> PyResult<Value> {
    if is_heap(iterable) && heap_kind(iterable) == KIND_FROZENSET {
        incref(iterable);
        return Ok(iterable);
    }
    make_new_set(true, iterable)
}

/// `set_copy`: a new set of the same kind with the same layout rules.
pub fn copy(so: &SetObj) -> PyResult<Value> {
    make_new_set(so.is_frozen(), so.value())
}

/// `set.pop()`: removes the element at or after the finger.
pub fn pop(so: &SetObj) -> PyResult<Value> {
    // SAFETY: short access; the key's reference moves to the caller.
    let t = unsafe { so.table() };
    if t.used == 0 {
        return crate::dict::key_error_msg("pop from an empty set");
    }
    let mut i = t.finger & t.mask;
    while !t.slots[i].is_active() {
        i += 1;
        if i > t.mask {
            i = 0;
        }
    }
    let key = t.slots[i].key;
    t.slots[i] = SetEntry {
        key: DUMMY,
        hash: -1,
    };
    t.used -= 1;
    t.finger = i + 1;
    Ok(key)
}

/// `_shuffle_bits` of `frozenset_hash`.
fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
}

/// `frozenset_hash`, cached in the object.
pub fn frozenset_hash(so: &SetObj) -> i64 {
    // SAFETY: short access to plain data.
    let t = unsafe { so.table() };
    if t.hash != -1 {
        return t.hash;
    }
    let mut hash: u64 = 0;
    for e in t.slots.iter() {
        hash ^= shuffle_bits(e.hash as u64);
    }
    if (t.mask + 1 - t.fill) & 1 == 1 {
        hash ^= shuffle_bits(0);
    }
    if (t.fill - t.used) & 1 == 1 {
        hash ^= shuffle_bits(u64::MAX);
    }
    hash ^= (t.used as u64 + 1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907_133_923);
    if hash == u64::MAX {
        hash = 590_923_713;
    }
    t.hash = hash as i64;
    hash as i64
}

/// Swaps the contents of two sets (`set_swap_bodies`): frozenset hashes
/// travel only between two frozensets.
pub fn swap_bodies(a: &SetObj, b: &SetObj) {
    if std::ptr::eq(a, b) {
        return;
    }
    // SAFETY: distinct sets; plain data moves.
    unsafe {
        let (ta, tb) = (a.table(), b.table());
        std::mem::swap(&mut ta.fill, &mut tb.fill);
        std::mem::swap(&mut ta.used, &mut tb.used);
        std::mem::swap(&mut ta.mask, &mut tb.mask);
        std::mem::swap(&mut ta.slots, &mut tb.slots);
        if a.is_frozen() && b.is_frozen() {
            std::mem::swap(&mut ta.hash, &mut tb.hash);
        } else {
            ta.hash = -1;
            tb.hash = -1;
        }
    }
}

/// Appends `repr(s)`: `{1, 2}`, `set()`, `frozenset({1})`, `frozenset()`.
pub fn repr_into(so: &SetObj, out: &mut String) -> PyResult<()> {
    let name = if so.is_frozen() { "frozenset" } else { "set" };
    let Some(_guard) = crate::recursion::ReprGuard::enter(so.value()) else {
        out.push_str(name);
        out.push_str("(...)");
        return Ok(());
    };
    // CPython reprs a set through a list: two levels of nesting.
    let _depth = crate::recursion::enter_n(
        2,
        crate::recursion::MAX_DEPTH,
        " while getting the repr of an object",
    )?;
    if so.is_empty() {
        out.push_str(name);
        out.push_str("()");
        return Ok(());
    }
    let mut keys = Vec::with_capacity(so.len());
    let mut pos = 0;
    while let Some(e) = so.next_entry(&mut pos) {
        incref(e.key);
        keys.push(e.key);
    }
    if so.is_frozen() {
        out.push_str("frozenset(");
    }
    out.push('{');
    let mut r = Ok(());
    for (i, &k) in keys.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        r = crate::builtins::repr_into(k, out);
        if r.is_err() {
            break;
        }
    }
    keys.into_iter().for_each(decref);
    r?;
    out.push('}');
    if so.is_frozen() {
        out.push(')');
    }
    Ok(())
}

/// The state of an iterator over a set (CPython's `setiterobject`).
pub struct SetIter {
    /// The set (owned), or 0 once exhausted.
    set: Value,
    /// The size at creation; -1 after a size change (sticky error).
    used: isize,
    pos: usize,
}

impl SetIter {
    /// An iterator over `so` (borrowed).
    pub fn new(so: &SetObj) -> SetIter {
        incref(so.value());
        SetIter {
            set: so.value(),
            used: so.len() as isize,
            pos: 0,
        }
    }

    /// The next element (new reference), or `UNBOUND` when exhausted.
    pub fn next_item(&mut self) -> PyResult<Value> {
        if self.set == 0 {
            return Ok(UNBOUND);
        }
        // SAFETY: the iterator owns a reference to its set.
        let so = unsafe { set_ref(self.set) };
        if self.used != so.len() as isize {
            self.used = -1;
            return raise(EXC_RUNTIME_ERROR, "Set changed size during iteration");
        }
        match so.next_entry(&mut self.pos) {
            Some(e) => {
                incref(e.key);
                Ok(e.key)
            }
            None => {
                let s = std::mem::replace(&mut self.set, 0);
                decref(s);
                Ok(UNBOUND)
            }
        }
    }
}

impl Drop for SetIter {
    fn drop(&mut self) {
        let s = std::mem::replace(&mut self.set, 0);
        decref(s);
    }
}

/// The set behind `s` for an exported entry point, or a TypeError.
fn need_set<'a>(s: Value, what: &str) -> PyResult<&'a SetObj> {
    match view(s) {
        Obj::Set(x) => Ok(x),
        _ => crate::exc::type_error(&format!(
            "descriptor '{what}' for 'set' objects doesn't apply to a '{}' object",
            crate::value::type_name(s)
        )),
    }
}

/// `set()`: a new empty set.
#[no_mangle]
pub extern "C" fn molt_set_new() -> Value {
    new_set(false)
}

/// `s.add(v)` (set displays and comprehensions); returns None.
#[no_mangle]
pub extern "C" fn molt_set_add(s: Value, v: Value) -> Value {
    ret(need_set(s, "add").and_then(|x| add_key(x, v).map(|()| NONE)))
}

/// `s.update(iterable)` (`{*a, *b}` displays); returns None.
#[no_mangle]
pub extern "C" fn molt_set_update(s: Value, iterable: Value) -> Value {
    ret(need_set(s, "update").and_then(|x| update(x, iterable).map(|()| NONE)))
}

/// `set(iterable)`.
#[no_mangle]
pub extern "C" fn molt_set_from(iterable: Value) -> Value {
    ret(make_new_set(false, iterable))
}

/// `frozenset(iterable)` (`frozenset()` when `iterable` is `UNBOUND`).
#[no_mangle]
pub extern "C" fn molt_frozenset_from(iterable: Value) -> Value {
    ret(frozenset_from(iterable))
}
