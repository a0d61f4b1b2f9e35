//! `dict`: CPython's compact, insertion-ordered hash table.
//!
//! The model is CPython 3.11's combined-table dict: an *entries* array of
//! `(hash, key, value)` in insertion order and an *index table* (a power of
//! two of `u32` slots) mapping hash probes to entry positions. Deleting
//! leaves a hole in the entries and a dummy in the index; updating an
//! existing key keeps its position; a deleted key re-inserted goes to the
//! end. Iteration walks the entries, so order never depends on hashes.
//!
//! Probing follows CPython (`i = i*5 + perturb + 1`, `perturb >>= 5`), the
//! usable fraction is 2/3 of the index size and a full table is rebuilt
//! with room for `3 * used` (compacting the holes). Unlike CPython the
//! entries array grows lazily (doubling, up to the usable fraction), so a
//! dict of a million small ints costs about 24 bytes an entry plus the
//! index, and growing it reallocates in place when the allocator can.
//!
//! *When* the table is rebuilt (and so when holes disappear) is visible to
//! a program that mutates a dict while iterating it, so the sizing policy
//! is CPython's to the letter: `calculate_log2_keysize`, 3.11's str-only
//! ("unicode") tables that are rebuilt when a first non-str key arrives,
//! copies that clone the table holes included, and the presizing of
//! `update`, `fromkeys` and displays.
//!
//! Methods, `dict(x)`, `update` and `fromkeys` live in
//! [`crate::dict_methods`]; the `keys()`/`values()`/`items()` views in
//! [`crate::dict_view`].

use crate::exc::{new_exception, raise, ret, set_pending, PyResult, Raised, EXC_KEY_ERROR};
use crate::hash::hash;
use crate::ops::eq_identity;
use crate::recursion::{DepthGuard, ReprGuard};
use crate::str::StrObj;
use crate::value::{
    alloc_boxed, decref, heap_kind, incref, is_heap, is_small, view, Obj, ObjHeader, TypeInfo,
    KIND_DICT, KIND_STR, NONE, UNBOUND,
};
use crate::Value;
use std::cell::UnsafeCell;

/// An index slot that was never used (ends a probe sequence).
const EMPTY: u32 = u32::MAX;
/// An index slot whose entry was deleted (probing continues past it).
const DUMMY: u32 = u32::MAX - 1;
/// Smallest index table (CPython's `PyDict_MINSIZE`).
const MIN_SIZE: usize = 8;
/// Most entries an index table can address.
const MAX_ENTRIES: usize = (u32::MAX - 2) as usize;
/// `PERTURB_SHIFT`.
const PERTURB_SHIFT: u32 = 5;

/// One entry: a hole when `key == 0`.
#[derive(Clone, Copy)]
#[repr(C)]
pub struct Entry {
    /// The key's hash.
    pub hash: i64,
    /// The key (owned), or 0 for a deleted entry.
    pub key: Value,
    /// The value (owned).
    pub value: Value,
}

/// The hash table behind a dict.
pub struct Table {
    /// Live entries.
    pub used: usize,
    /// Insertions left before the index must be rebuilt (CPython's
    /// `dk_usable`; deletions never give any back, which keeps an `EMPTY`
    /// slot in every probe sequence).
    usable: usize,
    /// Index table size - 1 (0 while there is no index table).
    mask: usize,
    /// Entry positions, [`EMPTY`] or [`DUMMY`].
    indices: Box<[u32]>,
    /// Entries in insertion order (with holes).
    pub entries: Vec<Entry>,
    /// CPython's `DK_IS_UNICODE`: only str keys so far (a new table of a
    /// dict whose first key is a str); a non-str key rebuilds the table.
    unicode: bool,
    /// The last str key object found equal to, but not the same object
    /// as, a stored key (owned, or 0) and its position:
    /// `d[w] = d.get(w, 0) + 1` probes once, not twice. Entries
    /// only move or die in [`resize`] and [`take_entry`], which forget it;
    /// strs and ints are immutable, so the match stays a match.
    cache_key: Value,
    cache_ix: usize,
}

/// A dict object.
#[repr(C)]
pub struct DictObj {
    /// Common header.
    pub header: ObjHeader,
    table: UnsafeCell<Table>,
}

impl DictObj {
    /// The table, for short accesses that call nothing that could reach
    /// this dict (no comparisons, no decrefs, no reprs).
    ///
    /// # Safety
    /// No other reference to the table may be live.
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn table(&self) -> &mut Table {
        // SAFETY: per the contract (the runtime is single-threaded per isolate).
        unsafe { &mut *self.table.get() }
    }

    /// Number of live entries.
    pub fn len(&self) -> usize {
        // SAFETY: a plain read.
        unsafe { (*self.table.get()).used }
    }

    /// Is the dict empty?
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Number of entry positions (live or holes), for position-based walks.
    pub fn nentries(&self) -> usize {
        // SAFETY: a plain read.
        let t: &Table = unsafe { &*self.table.get() };
        t.entries.len()
    }

    /// The entry at position `i` if it is live (borrowed key and value).
    pub fn entry(&self, i: usize) -> Option<Entry> {
        // SAFETY: a plain read of a copyable entry.
        let t: &Table = unsafe { &*self.table.get() };
        let e = t.entries.get(i).copied()?;
        (e.key != 0).then_some(e)
    }

    /// The dict as a value.
    pub fn value(&self) -> Value {
        self as *const DictObj as Value
    }
}

unsafe fn free_dict(h: *mut ObjHeader) {
    // SAFETY: `h` was allocated by `alloc_boxed::<DictObj>` and is dead.
    let d = unsafe { Box::from_raw(h as *mut DictObj) };
    drop_table(d.table.into_inner());
}

unsafe fn dealloc_dict(h: *mut ObjHeader) {
    // SAFETY: forwarded contract; the trashcan bounds the recursion.
    unsafe { crate::trashcan::dealloc(h, free_dict) }
}

/// Type record of dicts.
#[no_mangle]
pub static MOLT_TYPE_DICT: TypeInfo =
    TypeInfo::builtin(KIND_DICT, "dict", dealloc_dict).with_slots(crate::slots::DICT);

fn empty_table() -> Table {
    Table {
        used: 0,
        usable: 0,
        mask: 0,
        indices: Box::new([]),
        entries: Vec::new(),
        unicode: true,
        cache_key: 0,
        cache_ix: 0,
    }
}

/// Releases every reference a table owns.
fn drop_table(t: Table) {
    decref(t.cache_key);
    for e in t.entries {
        if e.key != 0 {
            decref(e.key);
            decref(e.value);
        }
    }
}

impl Table {
    /// Forgets the lookup cache (entries are about to move or die).
    #[inline]
    fn forget_cache(&mut self) {
        let k = std::mem::replace(&mut self.cache_key, 0);
        // A str or an int: freeing it cannot reach any dict.
        decref(k);
    }
}

/// A new empty dict.
pub fn new_dict() -> Value {
    alloc_boxed(DictObj {
        header: ObjHeader {
            refcnt: 1,
            ty: &MOLT_TYPE_DICT,
        },
        table: UnsafeCell::new(empty_table()),
    })
}

/// A new empty dict sized for `n` entries whose keys are all strs
/// (`unicode`) or not: CPython's `dict_new_presized`.
pub fn new_dict_presized(n: usize, unicode: bool) -> PyResult<Value> {
    let d = new_dict();
    if n > usable_fraction(MIN_SIZE) {
        // Never more than 2**17 slots up front, like CPython.
        let log2 = if n > usable_fraction(1 << 17) {
            17
        } else {
            estimate_log2_keysize(n)
        };
        // SAFETY: the dict was just created; nothing else references it.
        let t = unsafe { dict_ref(d).table() };
        t.unicode = unicode;
        if let Err(e) = resize(t, log2, unicode) {
            decref(d);
            return Err(e);
        }
    }
    Ok(d)
}

/// The dict behind a value known to be a dict.
///
/// # Safety
/// `v` must be a live dict object.
pub unsafe fn dict_ref<'a>(v: Value) -> &'a DictObj {
    // SAFETY: per the contract.
    unsafe { &*(v as *const DictObj) }
}

/// `v` as a dict, if it is one.
pub fn as_dict<'a>(v: Value) -> Option<&'a DictObj> {
    match view(v) {
        Obj::Dict(d) => Some(d),
        _ => None,
    }
}

/// `USABLE_FRACTION`: entries an index table of `size` slots can hold.
fn usable_fraction(size: usize) -> usize {
    (size << 1) / 3
}

/// CPython's `calculate_log2_keysize` (64-bit form, quirks included:
/// any `minsize` from 1 to 7 gives 16 slots).
fn calculate_log2_keysize(minsize: usize) -> u32 {
    let m = (minsize | MIN_SIZE) - 1;
    usize::BITS - (m | (MIN_SIZE - 1)).leading_zeros()
}

/// `estimate_log2_keysize`: a table that holds `n` entries without resizing.
fn estimate_log2_keysize(n: usize) -> u32 {
    calculate_log2_keysize(n.saturating_mul(3).saturating_add(1) / 2)
}

/// The size of `t`'s index table as CPython sees it (the shared empty
/// table has 1 slot).
fn table_size(t: &Table) -> usize {
    t.indices.len().max(1)
}

/// `dictresize`: rebuilds `t` with `2**log2` index slots, dropping the
/// holes from the entries; the table stays str-only if it was and
/// `unicode` allows.
fn resize(t: &mut Table, log2: u32, unicode: bool) -> PyResult<()> {
    if log2 >= usize::BITS - 3 {
        return crate::exc::memory_error();
    }
    let size = 1usize << log2;
    if usable_fraction(size) > MAX_ENTRIES || size > isize::MAX as usize / 4 {
        return crate::exc::memory_error();
    }
    t.forget_cache();
    if t.entries.len() != t.used {
        t.entries.retain(|e| e.key != 0);
    }
    let mut indices = Vec::new();
    crate::alloc::try_reserve_exact(&mut indices, size)?;
    indices.resize(size, EMPTY);
    let mut indices = indices.into_boxed_slice();
    let mask = size - 1;
    for (ix, e) in t.entries.iter().enumerate() {
        let slot = probe_empty(&indices, mask, e.hash);
        indices[slot] = ix as u32;
    }
    let total = usable_fraction(size);
    if t.entries.capacity() > total {
        t.entries.shrink_to(total);
    }
    t.indices = indices;
    t.mask = mask;
    t.usable = total - t.used;
    t.unicode = t.unicode && unicode;
    Ok(())
}

/// `insertion_resize`: room for `3 * used` entries.
fn insertion_resize(t: &mut Table, unicode: bool) -> PyResult<()> {
    resize(t, calculate_log2_keysize(t.used.saturating_mul(3)), unicode)
}

/// Is `k` a str (CPython's `PyUnicode_CheckExact`)?
#[inline]
fn is_str(k: Value) -> bool {
    is_heap(k) && heap_kind(k) == KIND_STR
}

/// The first slot on `hash`'s probe path that holds no entry (empty or
/// dummy): CPython's `find_empty_slot`.
#[inline]
fn probe_empty(indices: &[u32], mask: usize, hash: i64) -> usize {
    let mut i = hash as usize & mask;
    let mut perturb = hash as u64;
    while indices[i] < DUMMY {
        perturb >>= PERTURB_SHIFT;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(perturb as usize)
            .wrapping_add(1))
            & mask;
    }
    i
}

/// Equality decided without the generic comparison, when possible.
#[inline]
pub(crate) fn fast_eq(a: Value, b: Value) -> Option<bool> {
    if is_small(a) && is_small(b) {
        return Some(a == b);
    }
    if is_heap(a) && is_heap(b) && heap_kind(a) == KIND_STR && heap_kind(b) == KIND_STR {
        // SAFETY: both are live strs.
        return Some(unsafe { crate::str::str_eq(a, b) });
    }
    None
}

/// The hash of a key, with the str cache read inline.
#[inline]
pub fn key_hash(k: Value) -> PyResult<i64> {
    if is_heap(k) && heap_kind(k) == KIND_STR {
        // SAFETY: `k` is a live str.
        let h = unsafe { (*(k as *const StrObj)).hash };
        if h != -1 {
            return Ok(h);
        }
    }
    hash(k)
}

/// The position of `key` (with hash `hash`) in the entries, if present.
/// A comparison may raise; if it changes the dict the search restarts, as
/// in CPython.
#[inline]
pub fn lookup(d: &DictObj, key: Value, hash: i64) -> PyResult<Option<usize>> {
    // SAFETY: a read of plain fields.
    let t: &Table = unsafe { &*d.table.get() };
    if key == t.cache_key {
        if let Some(e) = t.entries.get(t.cache_ix) {
            if e.key != 0 {
                return Ok(Some(t.cache_ix));
            }
        }
    }
    if let Some(r) = lookup_simple(d, key, hash) {
        if let Some(ix) = r {
            if t.entries[ix].key != key {
                remember(d, key, ix);
            }
        }
        return Ok(r);
    }
    lookup_generic(d, key, hash)
}

/// Caches a successful lookup of a str or small-int key that is not the
/// stored key object itself (that one is found on the first probe anyway).
#[inline]
fn remember(d: &DictObj, key: Value, ix: usize) {
    // SAFETY: short access; the old cached key (a str or an int) is
    // released last, and freeing it cannot reach any dict.
    let t = unsafe { d.table() };
    t.cache_ix = ix;
    if t.cache_key != key {
        incref(key);
        let old = std::mem::replace(&mut t.cache_key, key);
        decref(old);
    }
}

/// The common case of [`lookup`] without the generic comparison: a str key
/// among strs, or a small int among small ints (distinct small ints are
/// never equal). `None` when a candidate needs the generic comparison.
#[inline]
fn lookup_simple(d: &DictObj, key: Value, hash: i64) -> Option<Option<usize>> {
    let key_is_str = is_str(key);
    if !key_is_str && !is_small(key) {
        return None;
    }
    // SAFETY: reads only; nothing is called that could change the table.
    let t: &Table = unsafe { &*d.table.get() };
    if t.indices.is_empty() {
        return Some(None);
    }
    let mask = t.mask;
    let mut i = hash as usize & mask;
    let mut perturb = hash as u64;
    loop {
        let ix = t.indices[i];
        if ix == EMPTY {
            return Some(None);
        }
        if ix != DUMMY {
            let e = &t.entries[ix as usize];
            if e.key == key {
                return Some(Some(ix as usize));
            }
            if e.hash == hash {
                if key_is_str && is_str(e.key) {
                    // SAFETY: both are live strs.
                    if unsafe { crate::str::str_eq(e.key, key) } {
                        return Some(Some(ix as usize));
                    }
                } else if !(is_small(key) && is_small(e.key)) {
                    return None;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(perturb as usize)
            .wrapping_add(1))
            & mask;
    }
}

/// [`lookup`] for any key, comparing with `==`.
fn lookup_generic(d: &DictObj, key: Value, hash: i64) -> PyResult<Option<usize>> {
    'restart: loop {
        // SAFETY: short reads of the table; no reference is held across the
        // comparison below, after which everything is re-read.
        let (mask, indices, entries) = unsafe {
            let t = &*d.table.get();
            if t.indices.is_empty() {
                return Ok(None);
            }
            (t.mask, t.indices.as_ptr(), t.entries.as_ptr())
        };
        let mut i = hash as usize & mask;
        let mut perturb = hash as u64;
        loop {
            // SAFETY: `i <= mask` indexes the index table, and a stored
            // position indexes the entries (table invariant).
            let ix = unsafe { *indices.add(i) };
            if ix == EMPTY {
                return Ok(None);
            }
            if ix != DUMMY {
                // SAFETY: as above.
                let e = unsafe { *entries.add(ix as usize) };
                if e.key == key {
                    return Ok(Some(ix as usize));
                }
                if e.hash == hash {
                    match fast_eq(e.key, key) {
                        Some(true) => return Ok(Some(ix as usize)),
                        Some(false) => {}
                        None => {
                            incref(e.key);
                            let r = eq_identity(e.key, key);
                            // SAFETY: a fresh read after the comparison.
                            let same = unsafe {
                                let t = &*d.table.get();
                                t.indices.as_ptr() == indices
                                    && t.entries.as_ptr() == entries
                                    && t.entries.get(ix as usize).map(|x| x.key) == Some(e.key)
                            };
                            decref(e.key);
                            if r? {
                                if same {
                                    return Ok(Some(ix as usize));
                                }
                                continue 'restart;
                            }
                            if !same {
                                continue 'restart;
                            }
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }
}

/// The value for `key` (borrowed), if present.
#[inline]
pub fn get(d: &DictObj, key: Value) -> PyResult<Option<Value>> {
    let h = key_hash(key)?;
    get_known_hash(d, key, h)
}

/// The value for `key` whose hash is known (borrowed), if present.
pub fn get_known_hash(d: &DictObj, key: Value, hash: i64) -> PyResult<Option<Value>> {
    Ok(lookup(d, key, hash)?.and_then(|ix| d.entry(ix).map(|e| e.value)))
}

/// `key in d`.
pub fn contains(d: &DictObj, key: Value) -> PyResult<bool> {
    let h = key_hash(key)?;
    Ok(lookup(d, key, h)?.is_some())
}

/// `d[key] = value` (both borrowed).
#[inline]
pub fn set(d: &DictObj, key: Value, value: Value) -> PyResult<()> {
    let h = key_hash(key)?;
    set_known_hash(d, key, h, value)
}

/// Rebuilds a str-only table before a non-str key goes in (CPython does
/// this before even looking the key up).
#[inline]
fn prepare_key(d: &DictObj, key: Value) -> PyResult<()> {
    // SAFETY: short access.
    let t = unsafe { d.table() };
    if t.unicode && !is_str(key) {
        insertion_resize(t, false)?;
    }
    Ok(())
}

/// `d[key] = value` with the key's hash known.
pub fn set_known_hash(d: &DictObj, key: Value, hash: i64, value: Value) -> PyResult<()> {
    prepare_key(d, key)?;
    if let Some(ix) = lookup(d, key, hash)? {
        incref(value);
        // SAFETY: short access; the old value is released after it.
        let old = unsafe {
            let e = &mut d.table().entries[ix];
            std::mem::replace(&mut e.value, value)
        };
        decref(old);
        return Ok(());
    }
    // SAFETY: no comparison or decref happens while the table is borrowed.
    let t = unsafe { d.table() };
    if t.usable == 0 {
        insertion_resize(t, true)?;
    }
    if t.entries.len() == t.entries.capacity() {
        let limit = t.entries.len() + t.usable;
        let want = (t.entries.capacity() * 2).max(MIN_SIZE / 2).min(limit);
        if crate::alloc::fallible(|| t.entries.try_reserve_exact(want - t.entries.len())).is_err() {
            return crate::exc::memory_error();
        }
    }
    let slot = probe_empty(&t.indices, t.mask, hash);
    t.indices[slot] = t.entries.len() as u32;
    incref(key);
    incref(value);
    t.entries.push(Entry { hash, key, value });
    t.used += 1;
    t.usable -= 1;
    Ok(())
}

/// Finds the index slot that points at entry `ix` (CPython's `lookdict_index`).
fn slot_of(t: &Table, hash: i64, ix: usize) -> Option<usize> {
    let mut i = hash as usize & t.mask;
    let mut perturb = hash as u64;
    loop {
        let v = *t.indices.get(i)?;
        if v as usize == ix {
            return Some(i);
        }
        if v == EMPTY {
            return None;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(perturb as usize)
            .wrapping_add(1))
            & t.mask;
    }
}

/// Removes entry `ix`, returning its owned key and value.
fn take_entry(d: &DictObj, ix: usize) -> Option<(Value, Value)> {
    // SAFETY: short access; the caller releases the references afterwards.
    let t = unsafe { d.table() };
    let e = *t.entries.get(ix)?;
    if e.key == 0 {
        return None;
    }
    t.forget_cache();
    if let Some(slot) = slot_of(t, e.hash, ix) {
        t.indices[slot] = DUMMY;
    }
    t.entries[ix] = Entry {
        hash: 0,
        key: 0,
        value: 0,
    };
    t.used -= 1;
    Some((e.key, e.value))
}

/// Removes `key`, returning its value (owned), or `None` when absent.
pub fn pop(d: &DictObj, key: Value, hash: i64) -> PyResult<Option<Value>> {
    let Some(ix) = lookup(d, key, hash)? else {
        return Ok(None);
    };
    Ok(take_entry(d, ix).map(|(k, v)| {
        decref(k);
        v
    }))
}

/// Removes and returns the last entry (owned key and value).
pub fn pop_last(d: &DictObj) -> Option<(Value, Value)> {
    // SAFETY: short access.
    let t = unsafe { d.table() };
    let mut i = t.entries.len();
    while i > 0 && t.entries[i - 1].key == 0 {
        i -= 1;
    }
    if i == 0 {
        return None;
    }
    let kv = take_entry(d, i - 1);
    // SAFETY: short access (CPython's `dk_nentries = i`).
    unsafe { d.table() }.entries.truncate(i - 1);
    kv
}

/// Removes every entry.
pub fn clear(d: &DictObj) {
    // SAFETY: the old table is moved out before its references are released.
    let old = std::mem::replace(unsafe { d.table() }, empty_table());
    drop_table(old);
}

/// Raises `KeyError(key)` (shown as `KeyError: <repr of key>`).
pub fn key_error<T>(key: Value) -> PyResult<T> {
    let display = crate::builtins::to_repr(key)?;
    let exc = new_exception(EXC_KEY_ERROR, key, display);
    decref(display);
    set_pending(exc);
    Err(Raised)
}

/// Raises `KeyError` with a message string as its argument.
pub fn key_error_msg<T>(msg: &str) -> PyResult<T> {
    let s = crate::str::str_new(msg);
    let r = key_error(s);
    decref(s);
    r
}

/// `d[key]` (new reference); KeyError when absent.
pub fn getitem(d: &DictObj, key: Value) -> PyResult<Value> {
    match get(d, key)? {
        Some(v) => {
            incref(v);
            Ok(v)
        }
        None => key_error(key),
    }
}

/// `del d[key]`; KeyError when absent.
pub fn delitem(d: &DictObj, key: Value) -> PyResult<()> {
    let h = key_hash(key)?;
    match pop(d, key, h)? {
        Some(v) => {
            decref(v);
            Ok(())
        }
        None => key_error(key),
    }
}

/// A copy of `t`'s table, holes included (`clone_combined_dict_keys`).
fn clone_table(t: &Table) -> Table {
    for e in &t.entries {
        if e.key != 0 {
            incref(e.key);
            incref(e.value);
        }
    }
    let mut entries = Vec::with_capacity(t.entries.len() + t.usable.min(t.entries.len()));
    entries.extend_from_slice(&t.entries);
    Table {
        used: t.used,
        usable: t.usable,
        mask: t.mask,
        indices: t.indices.clone(),
        entries,
        unicode: t.unicode,
        cache_key: 0,
        cache_ix: 0,
    }
}

/// Copies every entry of `src` into `dst` (later keys overwrite), as
/// `dst.update(src)` for a dict `src` (CPython's `dict_merge`).
pub fn merge(dst: &DictObj, src: &DictObj) -> PyResult<()> {
    if std::ptr::eq(dst, src) || src.is_empty() {
        return Ok(());
    }
    // SAFETY: `dst` and `src` are distinct dicts; short accesses.
    unsafe {
        let (t, o) = (dst.table(), &*src.table.get());
        if t.used == 0
            && o.used == o.entries.len()
            && (table_size(o) == MIN_SIZE || usable_fraction(table_size(o) / 2) < o.used)
        {
            // A clean source: take a copy of its table as it is.
            let old = std::mem::replace(t, clone_table(o));
            drop_table(old);
            return Ok(());
        }
        // One resize up front rather than several on the way.
        if usable_fraction(table_size(t)) < o.used {
            resize(t, estimate_log2_keysize(t.used + o.used), o.unicode)?;
        }
    }
    let mut i = 0;
    while i < src.nentries() {
        if let Some(e) = src.entry(i) {
            incref(e.key);
            incref(e.value);
            let r = set_known_hash(dst, e.key, e.hash, e.value);
            decref(e.key);
            decref(e.value);
            r?;
        }
        i += 1;
    }
    Ok(())
}

/// `d.copy()` (`PyDict_Copy`): a clone of the table, holes included,
/// unless more than a third of it is holes.
pub fn copy(d: &DictObj) -> PyResult<Value> {
    if d.is_empty() {
        return Ok(new_dict());
    }
    // SAFETY: short read.
    let t: &Table = unsafe { &*d.table.get() };
    if t.used >= t.entries.len() * 2 / 3 {
        let out = new_dict();
        // SAFETY: `out` is a fresh dict.
        unsafe { *dict_ref(out).table() = clone_table(t) };
        return Ok(out);
    }
    let out = new_dict();
    // SAFETY: `out` is a fresh dict.
    let o = unsafe { dict_ref(out) };
    if let Err(e) = merge(o, d) {
        decref(out);
        return Err(e);
    }
    Ok(out)
}

/// Resizes a fresh dict for `n` entries (the `fromkeys` fast paths).
pub fn presize(d: &DictObj, n: usize, unicode: bool) -> PyResult<()> {
    // SAFETY: short access.
    resize(unsafe { d.table() }, estimate_log2_keysize(n), unicode)
}

/// Is the table str-only?
pub fn is_unicode(d: &DictObj) -> bool {
    // SAFETY: a plain read.
    unsafe { (*d.table.get()).unicode }
}

/// `a == b` for two dicts: same keys, equal values (any order).
pub fn eq(a: &DictObj, b: &DictObj) -> PyResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    let _depth: DepthGuard =
        crate::recursion::enter_n(1, crate::recursion::MAX_DEPTH + 1, " in comparison")?;
    let mut i = 0;
    while i < a.nentries() {
        if let Some(e) = a.entry(i) {
            incref(e.key);
            incref(e.value);
            let r = (|| -> PyResult<bool> {
                let Some(ix) = lookup(b, e.key, e.hash)? else {
                    return Ok(false);
                };
                let Some(bv) = b.entry(ix).map(|x| x.value) else {
                    return Ok(false);
                };
                incref(bv);
                let r = eq_identity(e.value, bv);
                decref(bv);
                r
            })();
            decref(e.key);
            decref(e.value);
            if !r? {
                return Ok(false);
            }
        }
        i += 1;
    }
    Ok(true)
}

/// Appends `repr(d)`: `{'a': 1}`, `{}`, or `{...}` inside itself.
pub fn repr_into(d: &DictObj, out: &mut String) -> PyResult<()> {
    let Some(_guard) = ReprGuard::enter(d.value()) else {
        out.push_str("{...}");
        return Ok(());
    };
    let _depth = crate::recursion::enter(" while getting the repr of an object")?;
    out.push('{');
    let mut first = true;
    let mut i = 0;
    while i < d.nentries() {
        if let Some(e) = d.entry(i) {
            if !first {
                out.push_str(", ");
            }
            first = false;
            incref(e.key);
            incref(e.value);
            let r = crate::builtins::repr_into(e.key, out).and_then(|()| {
                out.push_str(": ");
                crate::builtins::repr_into(e.value, out)
            });
            decref(e.key);
            decref(e.value);
            r?;
        }
        i += 1;
    }
    out.push('}');
    Ok(())
}

/// What a dict iterator yields.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum IterKind {
    /// Keys (`iter(d)`, `iter(d.keys())`).
    Keys,
    /// Values.
    Values,
    /// `(key, value)` tuples.
    Items,
}

impl DictIter {
    /// CPython's name for this iterator's type.
    pub fn type_name(&self) -> &'static str {
        match self.kind {
            IterKind::Keys => "dict_keyiterator",
            IterKind::Values => "dict_valueiterator",
            IterKind::Items => "dict_itemiterator",
        }
    }
}

/// The state of an iterator over a dict (CPython's `dictiterobject`).
pub struct DictIter {
    /// The dict (owned), or 0 once exhausted.
    dict: Value,
    kind: IterKind,
    /// The size at creation; -1 after a size change (sticky error).
    used: isize,
    pos: usize,
    /// Items left to yield.
    len: usize,
    /// The tuple yielded last by an items iterator (see
    /// [`crate::tuple::reuse_or_new`]), or 0.
    cached: Value,
}

impl DictIter {
    /// An iterator over `d` (borrowed).
    pub fn new(d: &DictObj, kind: IterKind) -> DictIter {
        incref(d.value());
        DictIter {
            dict: d.value(),
            kind,
            used: d.len() as isize,
            pos: 0,
            len: d.len(),
            cached: 0,
        }
    }

    /// The next item (new reference), or `UNBOUND` when exhausted.
    pub fn next_item(&mut self) -> PyResult<Value> {
        if self.dict == 0 {
            return Ok(UNBOUND);
        }
        // SAFETY: the iterator owns a reference to its dict.
        let d = unsafe { dict_ref(self.dict) };
        if self.used != d.len() as isize {
            self.used = -1;
            return raise(
                crate::exc::EXC_RUNTIME_ERROR,
                "dictionary changed size during iteration",
            );
        }
        let n = d.nentries();
        let mut i = self.pos;
        let found = loop {
            if i >= n {
                break None;
            }
            if let Some(e) = d.entry(i) {
                break Some(e);
            }
            i += 1;
        };
        let Some(e) = found else {
            self.release();
            return Ok(UNBOUND);
        };
        if self.len == 0 {
            self.release();
            return raise(
                crate::exc::EXC_RUNTIME_ERROR,
                "dictionary keys changed during iteration",
            );
        }
        self.pos = i + 1;
        self.len -= 1;
        match self.kind {
            IterKind::Keys => {
                incref(e.key);
                Ok(e.key)
            }
            IterKind::Values => {
                incref(e.value);
                Ok(e.value)
            }
            IterKind::Items => crate::tuple::reuse_or_new(&mut self.cached, &[e.key, e.value]),
        }
    }

    fn release(&mut self) {
        let d = std::mem::replace(&mut self.dict, 0);
        decref(d);
        let t = std::mem::replace(&mut self.cached, 0);
        if t != 0 {
            decref(t);
        }
    }
}

impl Drop for DictIter {
    fn drop(&mut self) {
        self.release();
    }
}

/// Every live entry's `(key, value)` as new references, in order.
pub fn items_owned(d: &DictObj) -> Vec<(Value, Value)> {
    let mut out = Vec::with_capacity(d.len());
    let mut i = 0;
    while i < d.nentries() {
        if let Some(e) = d.entry(i) {
            incref(e.key);
            incref(e.value);
            out.push((e.key, e.value));
        }
        i += 1;
    }
    out
}

/// The dict behind `d` for an exported entry point, or CPython's
/// TypeError for the operation on a non-dict (`what` completes
/// `'set' object ...`).
#[inline]
fn need_dict<'a>(d: Value, what: &str) -> PyResult<&'a DictObj> {
    if is_heap(d) && heap_kind(d) == KIND_DICT {
        // SAFETY: checked to be a live dict.
        return Ok(unsafe { dict_ref(d) });
    }
    crate::exc::type_error(&format!("'{}' object {what}", crate::value::type_name(d)))
}

/// `{}`: a new empty dict.
#[no_mangle]
pub extern "C" fn molt_dict_new() -> Value {
    new_dict()
}

/// A dict display `{k0: v0, k1: v1, ...}` of `n` pairs (CPython's
/// `_PyDict_FromItems`: presized, then the pairs inserted in order).
///
/// # Safety
/// `keys` and `values` point to `n` readable values each.
#[no_mangle]
pub unsafe extern "C" fn molt_dict_from_items(
    keys: *const Value,
    values: *const Value,
    n: usize,
) -> Value {
    // SAFETY: per the contract.
    let (ks, vs) = unsafe {
        (
            crate::builtins::slice(keys, n),
            crate::builtins::slice(values, n),
        )
    };
    ret((|| {
        let unicode = ks.iter().all(|&k| is_str(k));
        let d = new_dict_presized(n, unicode)?;
        // SAFETY: `d` is a fresh dict.
        let dd = unsafe { dict_ref(d) };
        for (&k, &v) in ks.iter().zip(vs) {
            if let Err(e) = set(dd, k, v) {
                decref(d);
                return Err(e);
            }
        }
        Ok(d)
    })())
}

/// `d[k] = v`; returns None.
#[no_mangle]
pub extern "C" fn molt_dict_setitem(d: Value, k: Value, v: Value) -> Value {
    ret(need_dict(d, "does not support item assignment").and_then(|x| set(x, k, v).map(|()| NONE)))
}

/// `d[k]`; KeyError when absent.
#[no_mangle]
pub extern "C" fn molt_dict_getitem(d: Value, k: Value) -> Value {
    ret(need_dict(d, "is not subscriptable").and_then(|x| getitem(x, k)))
}

/// `del d[k]`; returns None; KeyError when absent.
#[no_mangle]
pub extern "C" fn molt_dict_delitem(d: Value, k: Value) -> Value {
    ret(need_dict(d, "does not support item deletion").and_then(|x| delitem(x, k).map(|()| NONE)))
}

/// `d.get(k, default)` (the value or `default`, as a new reference).
#[no_mangle]
pub extern "C" fn molt_dict_get(d: Value, k: Value, default: Value) -> Value {
    ret(need_dict(d, "has no attribute 'get'").and_then(|x| {
        let v = get(x, k)?.unwrap_or(default);
        incref(v);
        Ok(v)
    }))
}

/// `k in d`: 1, 0, or -1 on error (unhashable key).
#[no_mangle]
pub extern "C" fn molt_dict_contains(d: Value, k: Value) -> i32 {
    match need_dict(d, "is not a dict").and_then(|x| contains(x, k)) {
        Ok(b) => i32::from(b),
        Err(_) => -1,
    }
}
