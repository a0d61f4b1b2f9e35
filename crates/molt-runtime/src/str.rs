//! `str` objects (UTF-8 with a cached code-point count) and their repr.

use crate::exc::{memory_error, overflow_error, PyResult};
use crate::unicode_tables::{DECIMAL_RUNS, NON_PRINTABLE, WHITESPACE};
use crate::value::{ObjHeader, TypeInfo, KIND_STR};
use crate::Value;
use std::alloc::{GlobalAlloc, Layout};

/// Layout of a str object; the UTF-8 bytes follow it inline.
#[repr(C)]
pub struct StrObj {
    /// Common header.
    pub header: ObjHeader,
    /// Length in UTF-8 bytes.
    pub len: usize,
    /// Length in code points.
    pub nchars: usize,
    /// Reserved hash cache (`-1` = not computed).
    pub hash: i64,
}

const STR_DATA_OFFSET: usize = std::mem::size_of::<StrObj>();

fn str_layout(len: usize) -> Option<Layout> {
    Layout::from_size_align(STR_DATA_OFFSET.checked_add(len)?, 8).ok()
}

unsafe fn dealloc_str(h: *mut ObjHeader) {
    // SAFETY: `h` is a str object allocated by `alloc_str` with this layout.
    unsafe {
        let len = (*(h as *mut StrObj)).len;
        // The global allocator called directly (it is `MoltAlloc`), without
        // the `std::alloc` shims: strs are the most frequent objects.
        crate::alloc::MoltAlloc.dealloc(
            h as *mut u8,
            str_layout(len).expect("layout was valid at allocation"),
        );
    }
}

/// Type record of strs.
#[no_mangle]
pub static MOLT_TYPE_STR: TypeInfo =
    TypeInfo::builtin(KIND_STR, "str", dealloc_str).with_slots(crate::slots::STR);

/// Allocates a str of `len` bytes filled by `fill`; `None` when out of memory.
fn alloc_str(len: usize, nchars: usize, fill: impl FnOnce(&mut [u8])) -> Option<Value> {
    let layout = str_layout(len)?;
    if layout.size() > isize::MAX as usize {
        return None;
    }
    // SAFETY: the layout has a non-zero size (the header); we initialise every field
    // and every data byte before the object escapes.
    unsafe {
        let p = crate::alloc::fallible(|| crate::alloc::MoltAlloc.alloc(layout));
        if p.is_null() {
            return None;
        }
        p.cast::<StrObj>().write(StrObj {
            header: ObjHeader {
                refcnt: 1,
                ty: &MOLT_TYPE_STR,
            },
            len,
            nchars,
            hash: -1,
        });
        let data = std::slice::from_raw_parts_mut(p.add(STR_DATA_OFFSET), len);
        fill(data);
        Some(p as Value)
    }
}

/// A new str holding `s`.
pub fn str_new(s: &str) -> Value {
    str_new_counted(s, char_count(s))
}

/// The number of code points of `s` (its length when ASCII, the common
/// case, checked a word at a time).
#[inline]
pub fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// A new str holding `s`, whose code-point count is known.
#[inline]
pub fn str_new_counted(s: &str, nchars: usize) -> Value {
    alloc_str(s.len(), nchars, |d| {
        // SAFETY: `d` has exactly `s.len()` bytes.
        unsafe { copy_short(s.as_ptr(), d.as_mut_ptr(), s.len()) }
    })
    .unwrap_or_else(|| crate::alloc::out_of_memory())
}

/// The text of a str value.
///
/// # Safety
/// `v` must be a live str object; the slice is valid while it is.
pub unsafe fn str_slice<'a>(v: Value) -> &'a str {
    // SAFETY: per the contract, `v` is a str object whose bytes were copied from a `&str`.
    unsafe {
        let o = v as *const StrObj;
        let bytes = std::slice::from_raw_parts((v as *const u8).add(STR_DATA_OFFSET), (*o).len);
        std::str::from_utf8_unchecked(bytes)
    }
}

/// The code-point count of a str value.
///
/// # Safety
/// `v` must be a live str object.
pub unsafe fn str_nchars(v: Value) -> usize {
    // SAFETY: per the contract.
    unsafe { (*(v as *const StrObj)).nchars }
}

/// `a + b` for strs.
pub fn str_concat(a: Value, b: Value) -> PyResult<Value> {
    // SAFETY: callers pass str objects.
    let (sa, sb, na, nb) = unsafe { (str_slice(a), str_slice(b), str_nchars(a), str_nchars(b)) };
    let Some(len) = sa.len().checked_add(sb.len()) else {
        return memory_error();
    };
    alloc_str(len, na + nb, |d| {
        d[..sa.len()].copy_from_slice(sa.as_bytes());
        d[sa.len()..].copy_from_slice(sb.as_bytes());
    })
    .map_or_else(memory_error, Ok)
}

/// The str object behind `v`, if it is one.
#[inline]
pub fn as_str_obj<'a>(v: Value) -> Option<&'a StrObj> {
    // SAFETY: a heap value is a live object (crate invariant); its type
    // record tells whether it has a str's layout.
    unsafe {
        (crate::value::is_heap(v) && std::ptr::eq((*(v as *const ObjHeader)).ty, &MOLT_TYPE_STR))
            .then(|| &*(v as *const StrObj))
    }
}

impl StrObj {
    /// The UTF-8 bytes.
    #[inline]
    pub fn bytes(&self) -> &[u8] {
        // SAFETY: a str object holds `len` initialised bytes after its header.
        unsafe {
            std::slice::from_raw_parts(
                (self as *const StrObj as *const u8).add(STR_DATA_OFFSET),
                self.len,
            )
        }
    }

    /// Is the text ASCII (one byte per code point)?
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.len
    }
}

/// `"".join(parts)` for a slice of values (f-string assembly); a non-str
/// item raises str.join's TypeError.
pub fn str_join(parts: &[Value]) -> PyResult<Value> {
    str_join_sep("", 0, parts)
}

/// `sep.join(parts)` for a slice of values (`sep` has `sep_nchars` code
/// points): sizes are summed first and the result is built in a single
/// allocation; one str item is returned itself; a non-str item raises
/// str.join's TypeError.
pub fn str_join_sep(sep: &str, sep_nchars: usize, parts: &[Value]) -> PyResult<Value> {
    let mut len = 0usize;
    let mut nchars = 0usize;
    for (i, &p) in parts.iter().enumerate() {
        let Some(o) = as_str_obj(p) else {
            return crate::exc::type_error(&format!(
                "sequence item {i}: expected str instance, {} found",
                crate::value::type_name(p)
            ));
        };
        let Some(l) = len.checked_add(o.len) else {
            return memory_error();
        };
        len = l;
        nchars += o.nchars;
    }
    if let [only] = parts {
        crate::value::incref(*only);
        return Ok(*only);
    }
    let seps = parts.len().saturating_sub(1);
    let Some(len) = sep.len().checked_mul(seps).and_then(|l| l.checked_add(len)) else {
        return memory_error();
    };
    nchars += sep_nchars * seps;
    alloc_str(len, nchars, |d| {
        let sep = sep.as_bytes();
        let end = d.as_mut_ptr_range().end;
        let mut w = d.as_mut_ptr();
        // SAFETY: every item is a live str (checked above), and the pieces
        // and separators written add up to exactly `d.len()` bytes, so each
        // copy stays within `d` (checked against `end` in debug builds).
        unsafe {
            for (i, &p) in parts.iter().enumerate() {
                if i > 0 {
                    copy_short(sep.as_ptr(), w, sep.len());
                    w = w.add(sep.len());
                }
                let o = &*(p as *const StrObj);
                debug_assert!(w.add(o.len) <= end);
                copy_short(o.bytes().as_ptr(), w, o.len);
                w = w.add(o.len);
            }
        }
        debug_assert!(w == end);
    })
    .map_or_else(memory_error, Ok)
}

/// Do two str objects hold the same text? Short texts (the usual keys)
/// are compared with a few word loads instead of a `memcmp` call.
///
/// # Safety
/// `a` and `b` must be live str objects.
#[inline]
pub unsafe fn str_eq(a: Value, b: Value) -> bool {
    // SAFETY: per the contract.
    let (x, y) = unsafe { (&*(a as *const StrObj), &*(b as *const StrObj)) };
    if x.len != y.len {
        return false;
    }
    let (p, q, n) = (x.bytes().as_ptr(), y.bytes().as_ptr(), x.len);
    // SAFETY: both texts have `n` readable bytes; every load is within them.
    unsafe {
        if (8..=16).contains(&n) {
            let w = |p: *const u8, at: usize| p.add(at).cast::<u64>().read_unaligned();
            w(p, 0) == w(q, 0) && w(p, n - 8) == w(q, n - 8)
        } else if (4..8).contains(&n) {
            let w = |p: *const u8, at: usize| p.add(at).cast::<u32>().read_unaligned();
            w(p, 0) == w(q, 0) && w(p, n - 4) == w(q, n - 4)
        } else {
            x.bytes() == y.bytes()
        }
    }
}

/// Copies `n` bytes; short copies (the usual str pieces) are done inline
/// with a few overlapping word moves instead of a `memcpy` call.
///
/// # Safety
/// As `std::ptr::copy_nonoverlapping(src, dst, n)`.
#[inline(always)]
unsafe fn copy_short(src: *const u8, dst: *mut u8, n: usize) {
    // SAFETY: per the contract, `n` bytes are readable at `src` and
    // writable at `dst`; every access below is within those `n` bytes.
    unsafe {
        if n > 16 {
            std::ptr::copy_nonoverlapping(src, dst, n);
        } else if n >= 8 {
            let a = src.cast::<u64>().read_unaligned();
            let b = src.add(n - 8).cast::<u64>().read_unaligned();
            dst.cast::<u64>().write_unaligned(a);
            dst.add(n - 8).cast::<u64>().write_unaligned(b);
        } else if n >= 4 {
            let a = src.cast::<u32>().read_unaligned();
            let b = src.add(n - 4).cast::<u32>().read_unaligned();
            dst.cast::<u32>().write_unaligned(a);
            dst.add(n - 4).cast::<u32>().write_unaligned(b);
        } else if n >= 2 {
            let a = src.cast::<u16>().read_unaligned();
            let b = src.add(n - 2).cast::<u16>().read_unaligned();
            dst.cast::<u16>().write_unaligned(a);
            dst.add(n - 2).cast::<u16>().write_unaligned(b);
        } else if n == 1 {
            *dst = *src;
        }
    }
}

/// A new str holding a piece of a str whose text is ASCII when `ascii`
/// (so the piece's code-point count is its length, without a scan).
#[inline]
pub fn str_new_piece(piece: &str, ascii: bool) -> Value {
    if ascii {
        str_new_counted(piece, piece.len())
    } else {
        str_new(piece)
    }
}

/// A new ASCII str of `src.len()` bytes, each mapped by `f`. Callers pass
/// ASCII bytes and a map that keeps them ASCII (`to_ascii_uppercase`, ...);
/// the high bit of each result is cleared all the same, so the text is
/// valid whatever the input.
pub(crate) fn str_map_ascii(src: &[u8], f: impl Fn(u8) -> u8) -> Value {
    alloc_str(src.len(), src.len(), |d| {
        for (o, &b) in d.iter_mut().zip(src) {
            *o = f(b) & 0x7f;
        }
    })
    .unwrap_or_else(|| crate::alloc::out_of_memory())
}

/// "00" .. "99": two decimal digits at a time for [`str_from_i64`].
static DIGIT_PAIRS: [u8; 200] = {
    let mut t = [0u8; 200];
    let mut i = 0;
    while i < 100 {
        t[2 * i] = b'0' + (i / 10) as u8;
        t[2 * i + 1] = b'0' + (i % 10) as u8;
        i += 1;
    }
    t
};

/// The decimal text of `i` as a new str.
pub fn str_from_i64(i: i64) -> Value {
    let mut buf = [0u8; 20];
    let mut at = buf.len();
    let mut n = i.unsigned_abs();
    while n >= 100 {
        let pair = (n % 100) as usize;
        n /= 100;
        at -= 2;
        buf[at..at + 2].copy_from_slice(&DIGIT_PAIRS[2 * pair..2 * pair + 2]);
    }
    if n >= 10 {
        at -= 2;
        buf[at..at + 2].copy_from_slice(&DIGIT_PAIRS[2 * n as usize..2 * n as usize + 2]);
    } else {
        at -= 1;
        buf[at] = b'0' + n as u8;
    }
    if i < 0 {
        at -= 1;
        buf[at] = b'-';
    }
    let len = buf.len() - at;
    alloc_str(len, len, |d| d.copy_from_slice(&buf[at..]))
        .unwrap_or_else(|| crate::alloc::out_of_memory())
}

/// `s * n` for a str and a count (negative = empty).
pub fn str_repeat(s: Value, n: i64) -> PyResult<Value> {
    // SAFETY: callers pass a str object.
    let (text, nchars) = unsafe { (str_slice(s), str_nchars(s)) };
    let n = n.max(0) as usize;
    if n == 1 {
        crate::value::incref(s);
        return Ok(s);
    }
    let Some(len) = text
        .len()
        .checked_mul(n)
        .filter(|&l| l <= isize::MAX as usize)
    else {
        return overflow_error("repeated string is too long");
    };
    alloc_str(len, nchars * n, |d| {
        for chunk in d
            .chunks_exact_mut(text.len().max(1))
            .take(if text.is_empty() { 0 } else { n })
        {
            chunk.copy_from_slice(text.as_bytes());
        }
    })
    .map_or_else(memory_error, Ok)
}

pub(crate) fn in_ranges(table: &[(u32, u32)], c: u32) -> bool {
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// `str.isprintable()` for one code point (Unicode 14.0, as CPython 3.11).
pub fn is_printable(c: char) -> bool {
    let c = c as u32;
    if c < 0x80 {
        (0x20..0x7f).contains(&c)
    } else {
        !in_ranges(&NON_PRINTABLE, c)
    }
}

/// `str.isspace()` for one code point.
pub fn is_space(c: char) -> bool {
    let c = c as u32;
    if c < 0x80 {
        matches!(c, 0x09..=0x0d | 0x1c..=0x20)
    } else {
        in_ranges(&WHITESPACE, c)
    }
}

/// The value of a non-ASCII Unicode decimal digit.
pub fn unicode_decimal(c: char) -> Option<u32> {
    let c = c as u32;
    let i = DECIMAL_RUNS.partition_point(|&(lo, _)| lo <= c);
    if i == 0 {
        return None;
    }
    let (lo, hi) = DECIMAL_RUNS[i - 1];
    (c <= hi).then_some(c - lo)
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: non-ASCII
/// whitespace becomes ' ', non-ASCII decimal digits become ASCII digits;
/// `None` if any other non-ASCII character (or DEL) is present.
pub fn ascii_numeric_form(s: &str) -> Option<String> {
    if s.is_ascii() && !s.contains('\x7f') {
        return Some(s.to_string());
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            out.push(c);
        } else if is_space(c) {
            out.push(' ');
        } else if let Some(d) = unicode_decimal(c) {
            out.push(char::from(b'0' + d as u8));
        } else {
            return None;
        }
    }
    Some(out)
}

/// `repr()` of a str, with CPython's choice of quotes and escapes.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            _ if is_printable(c) => out.push(c),
            _ => {
                let cp = c as u32;
                if cp < 0x100 {
                    out.push_str(&format!("\\x{cp:02x}"));
                } else if cp < 0x10000 {
                    out.push_str(&format!("\\u{cp:04x}"));
                } else {
                    out.push_str(&format!("\\U{cp:08x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// A new str from UTF-8 bytes (invalid sequences become U+FFFD).
#[no_mangle]
pub unsafe extern "C" fn molt_str_from_utf8(ptr: *const u8, len: usize) -> Value {
    let bytes: &[u8] = if len == 0 {
        &[]
    } else {
        // SAFETY: the caller passes `len` readable bytes at `ptr`.
        unsafe { std::slice::from_raw_parts(ptr, len) }
    };
    str_new(&String::from_utf8_lossy(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_quotes_and_escapes() {
        // Expected values from python3.11.
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("a\"b'c"), "'a\"b\\'c'");
        assert_eq!(
            str_repr("\n\t\\\x7f\x00\u{e9}\u{a0}\u{200b}\u{1F600}"),
            "'\\n\\t\\\\\\x7f\\x00\u{e9}\\xa0\\u200b\u{1F600}'"
        );
        assert_eq!(
            str_repr("\u{378}\u{e000}\u{feff}\u{2028}\u{e0001}\u{3000}"),
            "'\\u0378\\ue000\\ufeff\\u2028\\U000e0001\\u3000'"
        );
    }

    #[test]
    fn numeric_transform() {
        assert_eq!(ascii_numeric_form(" \u{663} ").as_deref(), Some(" 3 "));
        assert_eq!(
            ascii_numeric_form("\u{a0}12\u{2003}").as_deref(),
            Some(" 12 ")
        );
        assert_eq!(ascii_numeric_form("1\u{e9}"), None);
    }
}
