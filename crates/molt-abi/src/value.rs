//! How a Python value is encoded in a 64-bit word, and the sentinels that
//! signal errors and unassigned slots.
//!
//! | bit pattern                  | meaning                                   |
//! |------------------------------|-------------------------------------------|
//! | `0`                          | [`ERROR`]: an exception is pending; never stored |
//! | `(i << 1) \| 1`              | small int `i`, [`SMALL_MIN`] ..= [`SMALL_MAX`] |
//! | `0x02`                       | `None`                                    |
//! | `0x0A`                       | unbound: an unassigned slot or an absent argument |
//! | `0x06` / `0x0E`              | `False` / `True`                          |
//! | non-zero, low 3 bits `000`   | pointer to a heap object (8-aligned)      |

/// `None`.
pub const NONE: u64 = 0x02;
/// Marker for an unassigned variable slot (also "argument not given").
pub const UNBOUND: u64 = 0x0A;
/// `False`.
pub const FALSE: u64 = 0x06;
/// `True`.
pub const TRUE: u64 = 0x0E;
/// The error sentinel of functions returning a value: "an exception is pending".
pub const ERROR: u64 = 0;

/// Smallest int stored inline.
pub const SMALL_MIN: i64 = -(1 << 62);
/// Largest int stored inline.
pub const SMALL_MAX: i64 = (1 << 62) - 1;

/// Bits of the `f64` returned by float functions on error (a NaN payload no
/// float operation produces); the caller then asks whether an exception is
/// pending, since a real NaN could in principle carry the same bits.
pub const FLOAT_ERROR_BITS: u64 = 0x7ff4_d0e7_e44e_0001;
/// The unbound marker of an unboxed float slot (a NaN payload no operation produces).
pub const UNBOUND_F64_BITS: u64 = 0x7ff4_0000_0000_00aa;
/// The unbound marker of an unboxed bool slot (bools are `0`/`1` in an `i8`).
pub const UNBOUND_BOOL: i64 = 2;
/// The error sentinel of functions returning a bool as `i8`.
pub const ERROR_BOOL: i64 = 2;
/// The error sentinel of functions returning an `i32` truth value.
pub const ERROR_I32: i32 = -1;

/// Starting reference count of immortal objects; never reaches zero.
pub const IMMORTAL_REFCNT: i64 = 1 << 60;

/// CPython's default recursion limit (1000) counts the module frame: at most
/// this many function frames may be active.
pub const MAX_FRAMES: i64 = 999;

/// The tagged word of the small int `i` (which must be in range).
pub const fn small_int(i: i64) -> u64 {
    ((i << 1) | 1) as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn immediates_are_distinct_and_untagged_as_pointers() {
        let words = [NONE, UNBOUND, FALSE, TRUE];
        for (i, a) in words.iter().enumerate() {
            assert_ne!(a & 7, 0, "an immediate must not look like a pointer");
            assert_eq!(a & 1, 0, "an immediate must not look like a small int");
            for b in &words[i + 1..] {
                assert_ne!(a, b);
            }
        }
        assert_eq!(small_int(-1), u64::MAX);
        assert_eq!(
            small_int(SMALL_MAX) >> 1,
            (SMALL_MAX as u64) & (u64::MAX >> 1)
        );
    }
}
