//! `hash()`: CPython 3.11's hash functions on 64-bit platforms, bit for bit.
//!
//! Dict and set layouts depend on these values (set iteration order is
//! table order), so they must equal what `python3.11` prints with
//! `PYTHONHASHSEED=0`, whose hash secret is all zero bytes:
//! - ints and floats reduce modulo the Mersenne prime `2**61 - 1` so that
//!   equal numbers hash equally (`hash(1) == hash(1.0) == hash(True)`);
//! - strs are SipHash-1-3 (key 0) over the PEP 393 representation (UCS1,
//!   UCS2 or UCS4, little-endian), cached in the str object;
//! - tuples use 3.11's xxHash-based combination of their items' hashes;
//! - frozensets use `frozenset_hash` (in [`crate::set`]);
//! - NaN, `None` and objects without value semantics hash by address, as
//!   CPython's `_Py_HashPointer` does.
//!
//! `-1` is never a hash (CPython reserves it for errors; it becomes `-2`).

use crate::exc::{ret, type_error, PyResult};
use crate::str::StrObj;
use crate::value::{heap_kind, is_heap, is_small, small_of, type_name, KIND_STR};
use crate::Value;

/// CPython's `_PyHASH_MODULUS`: the Mersenne prime `2**61 - 1`.
pub const MODULUS: u64 = (1 << 61) - 1;
/// `_PyHASH_BITS`.
const BITS: u32 = 61;
/// `_PyHASH_INF`: the hash of `float('inf')`.
const HASH_INF: i64 = 314_159;

/// Maps CPython's error value `-1` to `-2`.
#[inline]
fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The hash of a machine int.
#[inline]
pub fn hash_i64(i: i64) -> i64 {
    let r = (i.unsigned_abs() % MODULUS) as i64;
    fix(if i < 0 { -r } else { r })
}

/// The hash of a bigint: `|b| mod (2**61 - 1)` with `b`'s sign.
pub fn hash_bigint(b: &num_bigint::BigInt) -> i64 {
    let mut r: u128 = 0;
    let digits: Vec<u64> = b.magnitude().iter_u64_digits().collect();
    for &d in digits.iter().rev() {
        r = ((r << 64) | u128::from(d)) % u128::from(MODULUS);
    }
    let r = r as i64;
    fix(if b.sign() == num_bigint::Sign::Minus {
        -r
    } else {
        r
    })
}

/// `_Py_HashPointer`: an address rotated right by 4 bits.
#[inline]
pub fn hash_pointer(p: u64) -> i64 {
    fix(p.rotate_right(4) as i64)
}

/// `_Py_HashDouble` for a float object at address `addr` (NaN hashes by
/// identity in 3.11).
pub fn hash_f64(x: f64, addr: u64) -> i64 {
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if x.is_nan() {
        // A NaN with an identity payload is one object however often it
        // was boxed (see `float::fresh_nan`): hash the payload instead.
        return hash_pointer(if crate::float::same_nan(x, x) {
            x.to_bits()
        } else {
            addr
        });
    }
    // x = m * 2**e exactly; the hash is that rational reduced modulo P,
    // where 2**-k is 2**(61 - k mod 61). This is what CPython's 28-bits-at-a-
    // time loop computes.
    let (m, e) = crate::float::float_parts(x);
    let e = e.rem_euclid(i64::from(BITS)) as u32;
    let r = ((u128::from(m) << e) % u128::from(MODULUS)) as i64;
    fix(if x.is_sign_negative() { -r } else { r })
}

/// The last `0..8` bytes of a text as a little-endian word (SipHash's
/// final block), loaded with at most two overlapping reads.
#[inline]
fn le_tail(r: &[u8]) -> u64 {
    let n = r.len();
    if n >= 4 {
        let lo = u64::from(u32::from_le_bytes([r[0], r[1], r[2], r[3]]));
        let hi = u64::from(u32::from_le_bytes([r[n - 4], r[n - 3], r[n - 2], r[n - 1]]));
        lo | (hi << (8 * (n - 4)))
    } else if n > 0 {
        u64::from(r[0])
            | (u64::from(r[n / 2]) << (8 * (n / 2)))
            | (u64::from(r[n - 1]) << (8 * (n - 1)))
    } else {
        0
    }
}

/// SipHash-1-3 with a zero key, fed in whole little-endian units of 1, 2
/// or 4 bytes (which always tile the 8-byte words exactly).
struct Sip13 {
    v: [u64; 4],
    tail: u64,
    ntail: u32,
    len: u64,
}

impl Sip13 {
    fn new() -> Self {
        Sip13 {
            v: [
                0x736f_6d65_7073_6575,
                0x646f_7261_6e64_6f6d,
                0x6c79_6765_6e65_7261,
                0x7465_6462_7974_6573,
            ],
            tail: 0,
            ntail: 0,
            len: 0,
        }
    }

    #[inline]
    fn round(&mut self) {
        let [mut v0, mut v1, mut v2, mut v3] = self.v;
        v0 = v0.wrapping_add(v1);
        v2 = v2.wrapping_add(v3);
        v1 = v1.rotate_left(13) ^ v0;
        v3 = v3.rotate_left(16) ^ v2;
        v0 = v0.rotate_left(32);
        v2 = v2.wrapping_add(v1);
        v0 = v0.wrapping_add(v3);
        v1 = v1.rotate_left(17) ^ v2;
        v3 = v3.rotate_left(21) ^ v0;
        v2 = v2.rotate_left(32);
        self.v = [v0, v1, v2, v3];
    }

    #[inline]
    fn word(&mut self, m: u64) {
        self.v[3] ^= m;
        self.round();
        self.v[0] ^= m;
    }

    /// The hash of a whole byte string (the UCS1 case) in one pass.
    #[inline]
    fn oneshot(bytes: &[u8]) -> u64 {
        let mut h = Sip13::new();
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            h.word(u64::from_le_bytes(w));
        }
        h.tail = le_tail(chunks.remainder());
        h.len = bytes.len() as u64;
        h.finish()
    }

    /// One code unit of `n` bytes (1, 2 or 4).
    #[inline]
    fn unit(&mut self, x: u64, n: u32) {
        self.tail |= x << (8 * self.ntail);
        self.ntail += n;
        self.len += u64::from(n);
        if self.ntail == 8 {
            let t = self.tail;
            self.word(t);
            self.tail = 0;
            self.ntail = 0;
        }
    }

    fn finish(mut self) -> u64 {
        let b = (self.len << 56) | self.tail;
        self.word(b);
        self.v[2] ^= 0xff;
        self.round();
        self.round();
        self.round();
        (self.v[0] ^ self.v[1]) ^ (self.v[2] ^ self.v[3])
    }
}

/// The hash of a str's text (`unicode_hash` without the cache).
pub fn hash_text(s: &str, nchars: usize) -> i64 {
    if s.is_empty() {
        return 0;
    }
    if nchars == s.len() {
        return fix(Sip13::oneshot(s.as_bytes()) as i64);
    }
    let mut h = Sip13::new();
    {
        let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
        let width = if max < 0x100 {
            1
        } else if max < 0x10000 {
            2
        } else {
            4
        };
        for c in s.chars() {
            h.unit(u64::from(c as u32), width);
        }
    }
    fix(h.finish() as i64)
}

/// CPython's hash of a bytes object's data (`_Py_HashBytes`).
pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    fix(Sip13::oneshot(b) as i64)
}

/// The hash of a str value, computed once and cached in the object.
#[inline]
pub fn hash_str(v: Value) -> i64 {
    let o = v as *mut StrObj;
    // SAFETY: callers pass a live str object; the cache is a plain i64 field
    // that only this function writes.
    unsafe {
        let cached = (*o).hash;
        if cached != -1 {
            return cached;
        }
        let h = hash_text(crate::str::str_slice(v), crate::str::str_nchars(v));
        (*o).hash = h;
        h
    }
}

/// Nesting bound for hashing tuples of tuples.
const HASH_DEPTH_LIMIT: u32 = 5_000;

/// `_PyHASH_XXPRIME_1`.
const XXPRIME_1: u64 = 11_400_714_785_074_694_791;
/// `_PyHASH_XXPRIME_2`.
const XXPRIME_2: u64 = 14_029_467_366_897_019_727;
/// `_PyHASH_XXPRIME_5`.
const XXPRIME_5: u64 = 2_870_177_450_012_600_261;

/// 3.11's `tuplehash`.
pub fn hash_tuple(items: &[Value]) -> PyResult<i64> {
    // CPython does not limit this recursion (it overflows the C stack
    // instead); the bound only has to be far beyond real data.
    let _depth = crate::recursion::enter_n(1, HASH_DEPTH_LIMIT, "")?;
    let mut acc = XXPRIME_5;
    for &item in items {
        let lane = hash(item)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (XXPRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        return Ok(1_546_275_796);
    }
    Ok(acc as i64)
}

/// Raises CPython's `TypeError: unhashable type: 'list'`.
pub fn unhashable<T>(v: Value) -> PyResult<T> {
    type_error(&format!("unhashable type: '{}'", type_name(v)))
}

/// `hash(v)`.
#[inline]
pub fn hash(v: Value) -> PyResult<i64> {
    if is_small(v) {
        return Ok(hash_i64(small_of(v)));
    }
    if is_heap(v) && heap_kind(v) == KIND_STR {
        return Ok(hash_str(v));
    }
    hash_slow(v)
}

fn hash_slow(v: Value) -> PyResult<i64> {
    match crate::slots::lookup(v, |s| s.hash) {
        Some(hash) => hash(v),
        None => Ok(hash_pointer(v)),
    }
}

/// `hash(v)` as an int value.
#[no_mangle]
pub extern "C" fn molt_hash(v: Value) -> Value {
    ret(hash(v).map(crate::int::int_from_i64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_python() {
        // Expected values from python3.11 with PYTHONHASHSEED=0.
        assert_eq!(hash_text("a", 1), 4644417185603328019);
        assert_eq!(hash_text("\u{e9}", 1), 6047309291227476195);
        assert_eq!(hash_text("\u{1234}", 1), -1931837085843612680);
        assert_eq!(hash_text("\u{1F600}", 1), -3536540696076613844);
        assert_eq!(hash_f64(1.5, 0), 1152921504606846977);
        assert_eq!(hash_f64(f64::NEG_INFINITY, 0), -314159);
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64((1 << 61) - 1), 0);
        assert_eq!(hash_tuple(&[]), Ok(5740354900026072187));
        assert_eq!(
            hash_tuple(&[crate::value::small(1), crate::value::small(2)]),
            Ok(-3550055125485641917)
        );
    }
}
