//! `bytes` (immutable, data inline) and `bytearray` (mutable, growable)
//! objects: construction, repr, codecs (`str.encode`, `bytes.decode`) and
//! their methods.

use crate::argcheck::{no_args, one_arg, parse_tuple};
use crate::exc::no_attribute;
use crate::exc::{memory_error, raise, ret, type_error, value_error, PyResult};
use crate::int::int_from_i64;
use crate::kwargs::check_positional;
use crate::str::str_new;
use crate::str_methods::ssize_arg;
use crate::value::{
    decref, incref, small, type_name, view, Obj, ObjHeader, TypeInfo, KIND_BYTEARRAY, KIND_BYTES,
    NONE, UNBOUND,
};
use crate::Value;
use std::alloc::Layout;
use std::cell::UnsafeCell;

use crate::exc::EXC_INDEX_ERROR;

/// Layout of a bytes object; the data follows inline.
#[repr(C)]
pub struct BytesObj {
    /// Common header.
    pub header: ObjHeader,
    /// Length in bytes.
    pub len: usize,
    /// Cached hash (`-1` = not computed).
    pub hash: i64,
}

const BYTES_DATA_OFFSET: usize = std::mem::size_of::<BytesObj>();

fn bytes_layout(len: usize) -> Option<Layout> {
    Layout::from_size_align(BYTES_DATA_OFFSET.checked_add(len)?, 8).ok()
}

unsafe fn dealloc_bytes(h: *mut ObjHeader) {
    // SAFETY: `h` is a bytes object allocated by `bytes_new` with this layout.
    unsafe {
        let len = (*(h as *mut BytesObj)).len;
        std::alloc::dealloc(
            h as *mut u8,
            bytes_layout(len).expect("layout was valid at allocation"),
        );
    }
}

/// Type record of bytes.
#[no_mangle]
pub static MOLT_TYPE_BYTES: TypeInfo =
    TypeInfo::builtin(KIND_BYTES, "bytes", dealloc_bytes).with_slots(crate::slots::BYTES);

/// A bytearray: a growable buffer.
#[repr(C)]
pub struct ByteArrayObj {
    /// Common header.
    pub header: ObjHeader,
    data: UnsafeCell<Vec<u8>>,
}

impl ByteArrayObj {
    /// The current contents (valid until the next mutation).
    pub fn data(&self) -> &[u8] {
        // SAFETY: single-threaded runtime; callers do not hold this across mutation.
        unsafe { &*self.data.get() }
    }

    /// Mutable access to the buffer.
    #[allow(clippy::mut_from_ref)]
    fn vec(&self) -> &mut Vec<u8> {
        // SAFETY: single-threaded runtime; no other borrow is live during a mutation.
        unsafe { &mut *self.data.get() }
    }
}

unsafe fn dealloc_bytearray(h: *mut ObjHeader) {
    // SAFETY: `h` was allocated by `alloc_boxed::<ByteArrayObj>`.
    drop(unsafe { Box::from_raw(h as *mut ByteArrayObj) });
}

/// Type record of bytearrays.
#[no_mangle]
pub static MOLT_TYPE_BYTEARRAY: TypeInfo =
    TypeInfo::builtin(KIND_BYTEARRAY, "bytearray", dealloc_bytearray)
        .with_slots(crate::slots::BYTEARRAY);

/// A new bytes object holding `data`; MemoryError when too large.
pub fn bytes_from(data: &[u8]) -> PyResult<Value> {
    let Some(layout) = bytes_layout(data.len()).filter(|l| l.size() <= isize::MAX as usize) else {
        return memory_error();
    };
    // SAFETY: the layout has a non-zero size; every field and data byte is
    // initialised before the object escapes.
    unsafe {
        let p = std::alloc::alloc(layout);
        if p.is_null() {
            return memory_error();
        }
        p.cast::<BytesObj>().write(BytesObj {
            header: ObjHeader {
                refcnt: 1,
                ty: &MOLT_TYPE_BYTES,
            },
            len: data.len(),
            hash: -1,
        });
        std::ptr::copy_nonoverlapping(data.as_ptr(), p.add(BYTES_DATA_OFFSET), data.len());
        Ok(p as Value)
    }
}

/// A new bytearray owning `data`.
pub fn bytearray_from(data: Vec<u8>) -> Value {
    crate::value::alloc_boxed(ByteArrayObj {
        header: ObjHeader {
            refcnt: 1,
            ty: &MOLT_TYPE_BYTEARRAY,
        },
        data: UnsafeCell::new(data),
    })
}

/// The data of a bytes value.
///
/// # Safety
/// `v` must be a live bytes object; the slice is valid while it is.
pub unsafe fn bytes_slice<'a>(v: Value) -> &'a [u8] {
    // SAFETY: per the contract.
    unsafe {
        let o = v as *const BytesObj;
        std::slice::from_raw_parts((v as *const u8).add(BYTES_DATA_OFFSET), (*o).len)
    }
}

/// The data of a bytes or bytearray value (a bytes-like object).
pub fn as_bytes_like<'a>(v: Value) -> Option<&'a [u8]> {
    match view(v) {
        Obj::Bytes(b) => Some(b),
        Obj::ByteArray(a) => Some(a.data()),
        _ => None,
    }
}

/// The bytearray behind `v`, if it is one.
pub fn as_bytearray<'a>(v: Value) -> Option<&'a ByteArrayObj> {
    match view(v) {
        Obj::ByteArray(a) => Some(a),
        _ => None,
    }
}

/// A new object of the same type as `like` (bytes or bytearray).
fn same_type(like: Value, data: Vec<u8>) -> PyResult<Value> {
    if as_bytearray(like).is_some() {
        Ok(bytearray_from(data))
    } else {
        bytes_from(&data)
    }
}

/// The cached hash of a bytes value (`v` a live bytes object).
pub fn bytes_hash(v: Value) -> i64 {
    let o = v as *mut BytesObj;
    // SAFETY: callers pass a live bytes object; only this function writes the cache.
    unsafe {
        if (*o).hash != -1 {
            return (*o).hash;
        }
        let h = crate::hash::hash_bytes(bytes_slice(v));
        (*o).hash = h;
        h
    }
}

// ---------------------------------------------------------------- repr

/// CPython's `bytes.__repr__` of `data` (`b'...'`).
pub fn bytes_repr(data: &[u8]) -> String {
    quoted(data, false)
}

/// `data` as a `b'...'` literal. `bytearray.__repr__` escapes every `'`,
/// even inside double quotes (`bytearray(b"it\'s")`); bytes only the quote.
fn quoted(data: &[u8], escape_single: bool) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in data {
        match c {
            b'\\' => out.push_str("\\\\"),
            _ if c == quote || (escape_single && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}

/// `repr(v)` appended to `out` for a bytes or bytearray value.
pub fn repr_into(v: Value, out: &mut String) {
    match view(v) {
        Obj::Bytes(b) => out.push_str(&bytes_repr(b)),
        Obj::ByteArray(a) => {
            out.push_str("bytearray(");
            out.push_str(&quoted(a.data(), true));
            out.push(')');
        }
        _ => {}
    }
}

// ---------------------------------------------------------------- construction

/// An int argument as a byte, with CPython's errors.
fn byte_of(v: Value, range_msg: &str) -> PyResult<u8> {
    match view(v) {
        Obj::Int(i) if (0..256).contains(&i) => Ok(i as u8),
        Obj::Bool(b) => Ok(u8::from(b)),
        Obj::Int(_) | Obj::BigInt(_) => value_error(range_msg),
        _ => type_error(&format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        )),
    }
}

/// The data `bytes(x)` / `bytearray(x)` would hold.
fn construct_data(x: Value, what: &str) -> PyResult<Vec<u8>> {
    let range_msg = if what == "bytes" {
        "bytes must be in range(0, 256)"
    } else {
        "byte must be in range(0, 256)"
    };
    match view(x) {
        _ if x == UNBOUND => Ok(Vec::new()),
        Obj::Str(_) => type_error("string argument without an encoding"),
        Obj::Bytes(b) => Ok(b.to_vec()),
        Obj::ByteArray(a) => Ok(a.data().to_vec()),
        Obj::Int(n) => {
            if n < 0 {
                return value_error("negative count");
            }
            if n > (isize::MAX as i64) / 2 {
                return memory_error();
            }
            let mut v = Vec::new();
            if v.try_reserve_exact(n as usize).is_err() {
                return memory_error();
            }
            v.resize(n as usize, 0);
            Ok(v)
        }
        Obj::Bool(b) => Ok(vec![0; usize::from(b)]),
        Obj::BigInt(b) => {
            if b.sign() == num_bigint::Sign::Minus {
                value_error("negative count")
            } else {
                crate::exc::overflow_error("cannot fit 'int' into an index-sized integer")
            }
        }
        Obj::Float(_) | Obj::None | Obj::Func(_) | Obj::Exc(_) => type_error(&format!(
            "cannot convert '{}' object to {what}",
            type_name(x)
        )),
        _ => {
            let it = match crate::seq::iter(x) {
                Ok(it) => it,
                Err(e) => {
                    if crate::exc::pending_kind() == Some(crate::exc::EXC_TYPE_ERROR) {
                        crate::exc::molt_err_clear();
                        return type_error(&format!(
                            "cannot convert '{}' object to {what}",
                            type_name(x)
                        ));
                    }
                    return Err(e);
                }
            };
            let mut out = Vec::new();
            let r = (|| loop {
                let item = crate::seq::iter_next(it)?;
                if item == UNBOUND {
                    return Ok(());
                }
                let b = byte_of(item, range_msg);
                decref(item);
                out.push(b?);
            })();
            decref(it);
            r.map(|()| out)
        }
    }
}

/// `bytes(x)`; `x` unbound is `bytes()`.
pub fn bytes_new(x: Value) -> PyResult<Value> {
    if let Obj::Bytes(_) = view(x) {
        incref(x);
        return Ok(x);
    }
    bytes_from(&construct_data(x, "bytes")?)
}

/// `bytearray(x)`; `x` unbound is `bytearray()`.
pub fn bytearray_new(x: Value) -> PyResult<Value> {
    Ok(bytearray_from(construct_data(x, "bytearray")?))
}

/// A bytes literal: `len` bytes at `ptr` (may dangle when `len` is 0).
#[no_mangle]
pub unsafe extern "C" fn molt_bytes_from_data(ptr: *const u8, len: usize) -> Value {
    let data = if len == 0 {
        &[][..]
    } else {
        // SAFETY: the caller passes `len` readable bytes at `ptr`.
        unsafe { std::slice::from_raw_parts(ptr, len) }
    };
    ret(bytes_from(data))
}

/// `bytes(x)` (`x` unbound: `bytes()`).
#[no_mangle]
pub extern "C" fn molt_bytes_new(x: Value) -> Value {
    ret(bytes_new(x))
}

/// `bytearray(x)` (`x` unbound: `bytearray()`).
#[no_mangle]
pub extern "C" fn molt_bytearray_new(x: Value) -> Value {
    ret(bytearray_new(x))
}

/// `bytes.fromhex(s)`.
pub fn fromhex(s: Value) -> PyResult<Value> {
    let Obj::Str(s) = view(s) else {
        return type_error(&format!(
            "fromhex() argument must be str, not {}",
            type_name(s)
        ));
    };
    bytearray_or_bytes_fromhex(s, false)
}

fn bytearray_or_bytes_fromhex(s: &str, ba: bool) -> PyResult<Value> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let bad = |i: usize| -> PyResult<Value> {
        value_error(&format!(
            "non-hexadecimal number found in fromhex() arg at position {i}"
        ))
    };
    while i < chars.len() {
        let c = chars[i];
        if c == ' ' || ('\t'..='\r').contains(&c) {
            i += 1;
            continue;
        }
        let Some(hi) = c.to_digit(16) else {
            return bad(i);
        };
        let Some(lo) = chars.get(i + 1).and_then(|c| c.to_digit(16)) else {
            return bad(i + 1);
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    if ba {
        Ok(bytearray_from(out))
    } else {
        bytes_from(&out)
    }
}

/// `bytes.fromhex(s)`.
#[no_mangle]
pub extern "C" fn molt_bytes_fromhex(s: Value) -> Value {
    ret(fromhex(s))
}

/// `bytearray.fromhex(s)`.
#[no_mangle]
pub extern "C" fn molt_bytearray_fromhex(s: Value) -> Value {
    ret(match view(s) {
        Obj::Str(t) => bytearray_or_bytes_fromhex(t, true),
        _ => type_error(&format!(
            "fromhex() argument must be str, not {}",
            type_name(s)
        )),
    })
}

pub use codecs::{bytes_decode, str_encode};

// ---------------------------------------------------------------- sequence protocol

/// `len(v)` of a bytes-like value.
pub fn len_of(v: Value) -> Option<usize> {
    as_bytes_like(v).map(<[u8]>::len)
}

/// `obj[i]` for bytes and bytearray.
pub fn getitem(obj: Value, i: Value) -> PyResult<Value> {
    let data = as_bytes_like(obj).unwrap_or_default();
    let (label, msg) = if as_bytearray(obj).is_some() {
        ("bytearray", "bytearray index out of range")
    } else {
        ("byte", "index out of range")
    };
    let j = index_in(i, data.len(), label, msg)?;
    Ok(small(i64::from(data[j])))
}

/// `obj[start:stop:step]` given the selected positions.
pub fn slice_picked(obj: Value, positions: &[usize]) -> PyResult<Value> {
    let data = as_bytes_like(obj).unwrap_or_default();
    let picked: Vec<u8> = positions
        .iter()
        .filter_map(|&i| data.get(i).copied())
        .collect();
    same_type(obj, picked)
}

/// `item in container` for a bytes-like container.
pub fn contains(container: Value, item: Value) -> PyResult<bool> {
    let hay = as_bytes_like(container).unwrap_or_default();
    match view(item) {
        Obj::Int(_) | Obj::Bool(_) | Obj::BigInt(_) => {
            let b = byte_of(item, "byte must be in range(0, 256)")?;
            Ok(hay.contains(&b))
        }
        _ => match as_bytes_like(item) {
            Some(needle) => Ok(find_sub(hay, needle, 0, hay.len()).is_some()),
            None => type_error(&format!(
                "a bytes-like object is required, not '{}'",
                type_name(item)
            )),
        },
    }
}

/// `ba[key] = v` for a bytearray.
pub fn setitem(a: &ByteArrayObj, key: Value, v: Value) -> PyResult<()> {
    let j = ba_index(a, key, "bytearray index out of range")?;
    let b = byte_of(v, "byte must be in range(0, 256)")?;
    a.vec()[j] = b;
    Ok(())
}

/// `del ba[key]` for a bytearray.
pub fn delitem(a: &ByteArrayObj, key: Value) -> PyResult<()> {
    let j = ba_index(a, key, "bytearray index out of range")?;
    a.vec().remove(j);
    Ok(())
}

fn ba_index(a: &ByteArrayObj, key: Value, msg: &str) -> PyResult<usize> {
    index_in(key, a.data().len(), "bytearray", msg)
}

/// The position an int `key` names in a sequence of `len` items (negative
/// from the end), with CPython's errors: `{label} indices must be integers
/// or slices, not str`, and IndexError `msg` when out of range.
fn index_in(key: Value, len: usize, label: &str, msg: &str) -> PyResult<usize> {
    let k = match view(key) {
        Obj::Int(n) => n,
        Obj::Bool(b) => i64::from(b),
        Obj::BigInt(_) => {
            return raise(
                EXC_INDEX_ERROR,
                "cannot fit 'int' into an index-sized integer",
            )
        }
        _ => {
            return type_error(&format!(
                "{label} indices must be integers or slices, not {}",
                type_name(key)
            ))
        }
    };
    let len = len as i64;
    let j = if k < 0 { k + len } else { k };
    if !(0..len).contains(&j) {
        return raise(EXC_INDEX_ERROR, msg);
    }
    Ok(j as usize)
}

/// `ba[start:stop:step] = v` for a bytearray.
pub fn setslice(
    a: &ByteArrayObj,
    start: Value,
    stop: Value,
    step: Value,
    v: Value,
) -> PyResult<()> {
    let new = match view(v) {
        Obj::Int(_) | Obj::Bool(_) | Obj::BigInt(_) | Obj::Str(_) => {
            return type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            )
        }
        _ => construct_data(v, "bytearray")?,
    };
    let r = crate::subscript::slice_range(a.data().len(), start, stop, step)?;
    if r.step == 1 {
        let lo = r.start.max(0) as usize;
        let hi = (r.stop.max(r.start)).max(0) as usize;
        a.vec().splice(lo..hi, new);
        return Ok(());
    }
    if new.len() != r.count {
        return value_error(&format!(
            "attempt to assign bytes of size {} to extended slice of size {}",
            new.len(),
            r.count
        ));
    }
    let buf = a.vec();
    for (p, b) in r.positions().zip(new) {
        if let Some(slot) = buf.get_mut(p) {
            *slot = b;
        }
    }
    Ok(())
}

/// `del ba[start:stop:step]` for a bytearray.
pub fn delslice(a: &ByteArrayObj, start: Value, stop: Value, step: Value) -> PyResult<()> {
    let r = crate::subscript::slice_range(a.data().len(), start, stop, step)?;
    if r.step == 1 {
        let lo = r.start.max(0) as usize;
        let hi = (r.stop.max(r.start)).max(0) as usize;
        a.vec().drain(lo..hi);
        return Ok(());
    }
    let mut drop = vec![false; a.data().len()];
    for p in r.positions() {
        if let Some(d) = drop.get_mut(p) {
            *d = true;
        }
    }
    let mut k = 0;
    a.vec().retain(|_| {
        k += 1;
        !drop[k - 1]
    });
    Ok(())
}

/// `a + b` when `a` is bytes-like: `None` when `a` is not.
pub fn concat(a: Value, b: Value) -> Option<PyResult<Value>> {
    let x = as_bytes_like(a)?;
    Some(match as_bytes_like(b) {
        Some(y) => {
            let mut v = Vec::new();
            if v.try_reserve_exact(x.len().saturating_add(y.len()))
                .is_err()
            {
                return Some(memory_error());
            }
            v.extend_from_slice(x);
            v.extend_from_slice(y);
            same_type(a, v)
        }
        None => type_error(&format!(
            "can't concat {} to {}",
            type_name(b),
            type_name(a)
        )),
    })
}

/// `seq * n` for a bytes-like `seq`.
pub fn repeat(seq: Value, n: i64) -> PyResult<Value> {
    let x = as_bytes_like(seq).unwrap_or_default();
    let n = n.max(0) as usize;
    let Some(total) = x
        .len()
        .checked_mul(n)
        .filter(|&t| t <= isize::MAX as usize / 2)
    else {
        return memory_error();
    };
    let mut v = Vec::new();
    if v.try_reserve_exact(total).is_err() {
        return memory_error();
    }
    for _ in 0..n {
        v.extend_from_slice(x);
    }
    same_type(seq, v)
}

/// `ba += b` in place (`a` a bytearray): the new value of `a`.
pub fn inplace_add(a: Value, b: Value) -> Option<PyResult<Value>> {
    let arr = as_bytearray(a)?;
    Some(match as_bytes_like(b) {
        Some(y) => {
            let y = y.to_vec();
            arr.vec().extend_from_slice(&y);
            incref(a);
            Ok(a)
        }
        None => type_error(&format!("can't concat {} to bytearray", type_name(b))),
    })
}

// ---------------------------------------------------------------- methods

fn find_sub(hay: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    if start > end || end > hay.len() {
        return None;
    }
    if needle.is_empty() {
        return Some(start);
    }
    hay[start..end]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + start)
}

fn rfind_sub(hay: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    if start > end || end > hay.len() {
        return None;
    }
    if needle.is_empty() {
        return Some(end);
    }
    hay[start..end]
        .windows(needle.len())
        .rposition(|w| w == needle)
        .map(|p| p + start)
}

/// The `start`/`end` arguments at `args[i]`, `args[i + 1]` resolved against `len`
/// (`start` may exceed `len`: then nothing matches).
fn bounds(args: &[Value], i: usize, len: usize) -> PyResult<(usize, usize)> {
    let get = |k: usize, default: i64| -> PyResult<i64> {
        match args.get(k).map(|&v| view(v)) {
            None | Some(Obj::None) => Ok(default),
            Some(Obj::Int(n)) => Ok(n),
            Some(Obj::Bool(b)) => Ok(i64::from(b)),
            Some(Obj::BigInt(b)) => Ok(if b.sign() == num_bigint::Sign::Minus {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }),
            Some(_) => {
                type_error("slice indices must be integers or None or have an __index__ method")
            }
        }
    };
    let n = len as i64;
    let fix = |x: i64| -> i64 {
        if x < 0 {
            (x + n).max(0)
        } else {
            x
        }
    };
    let start = fix(get(i, 0)?);
    let end = fix(get(i + 1, n)?).min(n);
    Ok((start as usize, end as usize))
}

/// A sub-sequence argument (int or bytes-like) of count/find/index.
fn needle_arg(v: Value) -> PyResult<Vec<u8>> {
    match view(v) {
        Obj::Int(_) | Obj::Bool(_) | Obj::BigInt(_) => {
            Ok(vec![byte_of(v, "byte must be in range(0, 256)")?])
        }
        _ => match as_bytes_like(v) {
            Some(b) => Ok(b.to_vec()),
            None => type_error(&format!(
                "argument should be integer or bytes-like object, not '{}'",
                type_name(v)
            )),
        },
    }
}

fn bytes_arg(v: Value) -> PyResult<Vec<u8>> {
    match as_bytes_like(v) {
        Some(b) => Ok(b.to_vec()),
        None => type_error(&format!(
            "a bytes-like object is required, not '{}'",
            type_name(v)
        )),
    }
}

const fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn list_of(items: Vec<Vec<u8>>, like: Value) -> PyResult<Value> {
    let mut vals = Vec::with_capacity(items.len());
    for it in items {
        match same_type(like, it) {
            Ok(v) => vals.push(v),
            Err(e) => {
                vals.into_iter().for_each(decref);
                return Err(e);
            }
        }
    }
    Ok(crate::list::list_from_vec(vals))
}

fn maxsplit_arg(args: &[Value], i: usize) -> PyResult<i64> {
    match args.get(i).map(|&v| (v, view(v))) {
        None => Ok(-1),
        Some((_, Obj::Int(n))) => Ok(n),
        Some((_, Obj::Bool(b))) => Ok(i64::from(b)),
        Some((_, Obj::BigInt(_))) => {
            crate::exc::overflow_error("Python int too large to convert to C ssize_t")
        }
        Some((v, _)) => type_error(&format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        )),
    }
}

fn split(data: &[u8], sep: Option<&[u8]>, maxsplit: i64) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    match sep {
        Some(sep) => {
            let mut start = 0;
            while left > 0 {
                match find_sub(data, sep, start, data.len()) {
                    Some(p) => {
                        out.push(data[start..p].to_vec());
                        start = p + sep.len();
                        left -= 1;
                    }
                    None => break,
                }
            }
            out.push(data[start..].to_vec());
        }
        None => {
            let mut i = 0;
            let n = data.len();
            loop {
                while i < n && is_ws(data[i]) {
                    i += 1;
                }
                if i == n {
                    break;
                }
                if left == 0 {
                    out.push(data[i..].to_vec());
                    break;
                }
                let s = i;
                while i < n && !is_ws(data[i]) {
                    i += 1;
                }
                out.push(data[s..i].to_vec());
                left -= 1;
            }
        }
    }
    out
}

fn rsplit(data: &[u8], sep: Option<&[u8]>, maxsplit: i64) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    match sep {
        Some(sep) => {
            let mut end = data.len();
            while left > 0 {
                match rfind_sub(data, sep, 0, end) {
                    Some(p) => {
                        out.push(data[p + sep.len()..end].to_vec());
                        end = p;
                        left -= 1;
                    }
                    None => break,
                }
            }
            out.push(data[..end].to_vec());
        }
        None => {
            let mut i = data.len();
            loop {
                while i > 0 && is_ws(data[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                if left == 0 {
                    out.push(data[..i].to_vec());
                    break;
                }
                let e = i;
                while i > 0 && !is_ws(data[i - 1]) {
                    i -= 1;
                }
                out.push(data[i..e].to_vec());
                left -= 1;
            }
        }
    }
    out.reverse();
    out
}

fn strip(data: &[u8], chars: Option<&[u8]>, left: bool, right: bool) -> Vec<u8> {
    let keep = |b: u8| match chars {
        Some(c) => !c.contains(&b),
        None => !is_ws(b),
    };
    let mut s = 0;
    let mut e = data.len();
    if left {
        while s < e && !keep(data[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && !keep(data[e - 1]) {
            e -= 1;
        }
    }
    data[s..e].to_vec()
}

fn opt_bytes_arg(args: &[Value], i: usize) -> PyResult<Option<Vec<u8>>> {
    match args.get(i) {
        None => Ok(None),
        Some(&v) if v == NONE => Ok(None),
        Some(&v) => bytes_arg(v).map(Some),
    }
}

fn affix(data: &[u8], name: &str, args: &[Value], starts: bool) -> PyResult<Value> {
    parse_tuple(name, args, 1, 3)?;
    let (start, end) = bounds(args, 1, data.len())?;
    // CPython's `tailmatch`.
    let check = |p: Value| -> PyResult<Option<bool>> {
        Ok(as_bytes_like(p).map(|p| {
            let n = p.len();
            if start > data.len() || end < start || end - start < n {
                return false;
            }
            if starts {
                data[start..start + n] == *p
            } else {
                data[end - n..end] == *p
            }
        }))
    };
    if let Obj::Tuple(items) = view(args[0]) {
        for &p in items {
            match check(p)? {
                Some(true) => return Ok(crate::value::TRUE),
                Some(false) => {}
                None => {
                    return type_error(&format!(
                        "a bytes-like object is required, not '{}'",
                        type_name(p)
                    ))
                }
            }
        }
        return Ok(crate::value::FALSE);
    }
    match check(args[0])? {
        Some(b) => Ok(crate::value::bool_value(b)),
        None => type_error(&format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            type_name(args[0])
        )),
    }
}

/// The separator of `hex()`: CPython takes its `len()` first, then wants
/// one ASCII character of a str or bytes.
fn hex_sep(v: Value) -> PyResult<char> {
    let n = crate::builtins::len(v)?;
    let one = n == small(1);
    decref(n);
    if !one {
        return value_error("sep must be length 1.");
    }
    let c = match view(v) {
        Obj::Str(s) => s.chars().next().unwrap_or_default(),
        Obj::Bytes(b) => char::from(b[0]),
        _ => return type_error("sep must be str or bytes."),
    };
    if !c.is_ascii() {
        return value_error("sep must be ASCII.");
    }
    Ok(c)
}

/// `b.hex([sep[, bytes_per_sep]])`.
fn hex(data: &[u8], args: &[Value]) -> PyResult<Value> {
    parse_tuple("hex", args, 0, 2)?;
    // Argument Clinic converts `bytes_per_sep` (a C int) before looking at `sep`.
    // An unbound argument (a keyword binder's gap) counts as not given.
    let per = match args.get(1) {
        Some(&v) if v != UNBOUND => ssize_arg(v, true)?,
        _ => 1,
    };
    let sep = match args.first() {
        Some(&v) if v != UNBOUND => Some(hex_sep(v)?),
        _ => None,
    };
    let group = per.unsigned_abs().max(1) as usize;
    let n = data.len();
    let mut s = String::with_capacity(n * 3);
    for (i, b) in data.iter().enumerate() {
        if let Some(c) = sep {
            let boundary = if per < 0 { i } else { n - i };
            if i > 0 && per != 0 && boundary % group == 0 {
                s.push(c);
            }
        }
        s.push_str(&format!("{b:02x}"));
    }
    Ok(str_new(&s))
}

/// `sep.join(iterable)`: like CPython, the iterable is drained first, then
/// each item must be bytes-like.
fn join(recv: Value, data: &[u8], args: &[Value]) -> PyResult<Value> {
    let iterable = one_arg(type_name(recv), "join", args)?;
    // The items' iteration may run code that changes a bytearray separator.
    let sep = data.to_vec();
    let it = match crate::seq::iter(iterable) {
        Ok(it) => it,
        Err(e) => {
            if crate::exc::pending_kind() == Some(crate::exc::EXC_TYPE_ERROR) {
                crate::exc::molt_err_clear();
                return type_error("can only join an iterable");
            }
            return Err(e);
        }
    };
    let mut items = Vec::new();
    let r = (|| loop {
        let item = crate::seq::iter_next(it)?;
        if item == UNBOUND {
            return Ok(());
        }
        items.push(item);
    })();
    decref(it);
    let r = r.and_then(|()| {
        let mut out = Vec::new();
        for (i, &item) in items.iter().enumerate() {
            let Some(part) = as_bytes_like(item) else {
                return type_error(&format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    type_name(item)
                ));
            };
            if i > 0 {
                out.extend_from_slice(&sep);
            }
            out.extend_from_slice(part);
        }
        Ok(out)
    });
    items.into_iter().for_each(decref);
    same_type(recv, r?)
}

/// The method names [`bytes_method`] knows (bytearray-only ones included).
///
/// `crate::kwargs` refuses keyword arguments to every name here except
/// `decode`, `split` and `rsplit` (`bytes.center() takes no keyword
/// arguments`); that is CPython's answer for all but `expandtabs(tabsize=)`,
/// `splitlines(keepends=)`, `hex(sep=, bytes_per_sep=)` and
/// `translate(delete=)`, which therefore work positionally only.
pub const METHODS: &[&str] = &[
    "decode",
    "hex",
    "count",
    "find",
    "rfind",
    "index",
    "rindex",
    "startswith",
    "endswith",
    "split",
    "rsplit",
    "join",
    "replace",
    "strip",
    "lstrip",
    "rstrip",
    "upper",
    "lower",
    "swapcase",
    "isdigit",
    "isalpha",
    "isspace",
    "isalnum",
    "isupper",
    "islower",
    "center",
    "ljust",
    "rjust",
    "zfill",
    "expandtabs",
    "capitalize",
    "title",
    "istitle",
    "isascii",
    "partition",
    "rpartition",
    "removeprefix",
    "removesuffix",
    "splitlines",
    "translate",
    "maketrans",
    "append",
    "extend",
    "pop",
    "clear",
    "copy",
    "reverse",
    "insert",
    "remove",
];

/// `recv.name(*args)` for a bytes or bytearray receiver (the padding, case,
/// partition, line and translation methods live in `bytes/text.rs`).
pub fn bytes_method(recv: Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let data = as_bytes_like(recv).unwrap_or_default();
    match name {
        "decode" => bytes_decode(data, args),
        "hex" => hex(data, args),
        "count" => {
            parse_tuple("count", args, 1, 3)?;
            let needle = needle_arg(args[0])?;
            let (start, end) = bounds(args, 1, data.len())?;
            if start > end {
                return Ok(small(0));
            }
            if needle.is_empty() {
                return Ok(int_from_i64((end - start + 1) as i64));
            }
            let mut n = 0i64;
            let mut i = start;
            while let Some(p) = find_sub(data, &needle, i, end) {
                n += 1;
                i = p + needle.len();
            }
            Ok(int_from_i64(n))
        }
        "find" | "rfind" | "index" | "rindex" => {
            parse_tuple(name, args, 1, 3)?;
            let needle = needle_arg(args[0])?;
            let (start, end) = bounds(args, 1, data.len())?;
            let r = if name.starts_with('r') {
                rfind_sub(data, &needle, start, end)
            } else {
                find_sub(data, &needle, start, end)
            };
            match r {
                Some(p) => Ok(int_from_i64(p as i64)),
                None if name.ends_with("find") => Ok(small(-1)),
                None => value_error("subsection not found"),
            }
        }
        "startswith" => affix(data, name, args, true),
        "endswith" => affix(data, name, args, false),
        "split" | "rsplit" => {
            parse_tuple(name, args, 0, 2)?;
            let sep = opt_bytes_arg(args, 0)?;
            if sep.as_deref() == Some(&[][..]) {
                return value_error("empty separator");
            }
            let maxsplit = maxsplit_arg(args, 1)?;
            let parts = if name == "split" {
                split(data, sep.as_deref(), maxsplit)
            } else {
                rsplit(data, sep.as_deref(), maxsplit)
            };
            list_of(parts, recv)
        }
        "join" => join(recv, data, args),
        "replace" => {
            check_positional("replace", args, 2, 3)?;
            let old = bytes_arg(args[0])?;
            let new = bytes_arg(args[1])?;
            let mut count = maxsplit_arg(args, 2)?;
            if count < 0 {
                count = i64::MAX;
            }
            let mut out = Vec::new();
            if old.is_empty() {
                let mut done = 0i64;
                for &b in data {
                    if done < count {
                        out.extend_from_slice(&new);
                        done += 1;
                    }
                    out.push(b);
                }
                if done < count {
                    out.extend_from_slice(&new);
                }
                return same_type(recv, out);
            }
            let mut i = 0;
            let mut done = 0i64;
            while done < count {
                match find_sub(data, &old, i, data.len()) {
                    Some(p) => {
                        out.extend_from_slice(&data[i..p]);
                        out.extend_from_slice(&new);
                        i = p + old.len();
                        done += 1;
                    }
                    None => break,
                }
            }
            out.extend_from_slice(&data[i..]);
            same_type(recv, out)
        }
        "strip" | "lstrip" | "rstrip" => {
            check_positional(name, args, 0, 1)?;
            let chars = opt_bytes_arg(args, 0)?;
            let r = strip(data, chars.as_deref(), name != "rstrip", name != "lstrip");
            same_type(recv, r)
        }
        "upper" | "lower" | "swapcase" => {
            no_args(type_name(recv), name, args)?;
            let r: Vec<u8> = data
                .iter()
                .map(|b| match name {
                    "upper" => b.to_ascii_uppercase(),
                    "lower" => b.to_ascii_lowercase(),
                    _ if b.is_ascii_uppercase() => b.to_ascii_lowercase(),
                    _ => b.to_ascii_uppercase(),
                })
                .collect();
            same_type(recv, r)
        }
        "isdigit" | "isalpha" | "isspace" | "isalnum" => {
            no_args(type_name(recv), name, args)?;
            let f: fn(&u8) -> bool = match name {
                "isdigit" => u8::is_ascii_digit,
                "isalpha" => u8::is_ascii_alphabetic,
                "isalnum" => u8::is_ascii_alphanumeric,
                _ => |b: &u8| is_ws(*b),
            };
            Ok(crate::value::bool_value(
                !data.is_empty() && data.iter().all(f),
            ))
        }
        "isupper" | "islower" => {
            no_args(type_name(recv), name, args)?;
            let upper = name == "isupper";
            let cased = data.iter().any(|b| b.is_ascii_alphabetic());
            let ok = data.iter().all(|b| {
                if upper {
                    !b.is_ascii_lowercase()
                } else {
                    !b.is_ascii_uppercase()
                }
            });
            Ok(crate::value::bool_value(cased && ok))
        }
        "center" | "ljust" | "rjust" => text::justify(recv, data, name, args),
        "zfill" => text::zfill(recv, data, args),
        "expandtabs" => text::expandtabs(recv, data, args),
        "capitalize" => text::capitalize(recv, data, args),
        "title" => text::title(recv, data, args),
        "istitle" | "isascii" => text::predicate(recv, data, name, args),
        "partition" | "rpartition" => text::partition(recv, data, name, args),
        "removeprefix" | "removesuffix" => text::remove_affix(recv, data, name, args),
        "splitlines" => text::splitlines(recv, data, args),
        "translate" => text::translate(recv, data, args),
        "maketrans" => text::maketrans(args),
        _ => match as_bytearray(recv) {
            Some(a) => bytearray_method(a, recv, name, args),
            None => no_attribute(recv, name),
        },
    }
}

fn bytearray_method(a: &ByteArrayObj, recv: Value, name: &str, args: &[Value]) -> PyResult<Value> {
    match name {
        "append" => {
            let b = byte_of(
                one_arg("bytearray", "append", args)?,
                "byte must be in range(0, 256)",
            )?;
            a.vec().push(b);
            Ok(NONE)
        }
        "extend" => {
            one_arg("bytearray", "extend", args)?;
            if let Some(d) = as_bytes_like(args[0]) {
                let d = d.to_vec();
                a.vec().extend_from_slice(&d);
                return Ok(NONE);
            }
            // CPython 3.11 iterates a str: its first character is not an int.
            if let Obj::Str(s) = view(args[0]) {
                if s.is_empty() {
                    return Ok(NONE);
                }
                return type_error("'str' object cannot be interpreted as an integer");
            }
            let d = match construct_data(args[0], "bytearray") {
                Ok(d) => d,
                Err(e) => {
                    if crate::exc::pending_kind() == Some(crate::exc::EXC_TYPE_ERROR)
                        && matches!(
                            view(args[0]),
                            Obj::Int(_) | Obj::Bool(_) | Obj::BigInt(_) | Obj::Float(_) | Obj::None
                        )
                    {
                        crate::exc::molt_err_clear();
                        return type_error(&format!(
                            "can't extend bytearray with {}",
                            type_name(args[0])
                        ));
                    }
                    return Err(e);
                }
            };
            if matches!(view(args[0]), Obj::Int(_) | Obj::Bool(_) | Obj::BigInt(_)) {
                return type_error(&format!(
                    "can't extend bytearray with {}",
                    type_name(args[0])
                ));
            }
            a.vec().extend_from_slice(&d);
            Ok(NONE)
        }
        "pop" => {
            check_positional("pop", args, 0, 1)?;
            let k = match args.first() {
                Some(&k) => ssize_arg(k, false)?,
                None => -1,
            };
            let len = a.data().len() as i64;
            if len == 0 {
                return raise(EXC_INDEX_ERROR, "pop from empty bytearray");
            }
            let j = if k < 0 { k + len } else { k };
            if !(0..len).contains(&j) {
                return raise(EXC_INDEX_ERROR, "pop index out of range");
            }
            let b = a.vec().remove(j as usize);
            Ok(small(i64::from(b)))
        }
        "clear" => {
            no_args("bytearray", "clear", args)?;
            a.vec().clear();
            Ok(NONE)
        }
        "copy" => {
            no_args("bytearray", "copy", args)?;
            Ok(bytearray_from(a.data().to_vec()))
        }
        "reverse" => {
            no_args("bytearray", "reverse", args)?;
            a.vec().reverse();
            Ok(NONE)
        }
        "insert" => {
            check_positional("insert", args, 2, 2)?;
            let k = ssize_arg(args[0], false)?;
            let b = byte_of(args[1], "byte must be in range(0, 256)")?;
            let len = a.data().len() as i64;
            let j = if k < 0 { (k + len).max(0) } else { k.min(len) };
            a.vec().insert(j as usize, b);
            Ok(NONE)
        }
        "remove" => {
            let b = byte_of(
                one_arg("bytearray", "remove", args)?,
                "byte must be in range(0, 256)",
            )?;
            match a.data().iter().position(|&x| x == b) {
                Some(p) => {
                    a.vec().remove(p);
                    Ok(NONE)
                }
                None => value_error("value not found in bytearray"),
            }
        }
        _ => no_attribute(recv, name),
    }
}

mod codecs;
mod text;

#[cfg(test)]
mod tests;
