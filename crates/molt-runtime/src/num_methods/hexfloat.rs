//! The text forms of `float.hex()` and `float.fromhex()`: CPython 3.11's
//! layout (`0x1.8000000000000p+1`) and grammar, parsed with exact
//! round-half-to-even rounding (subnormals included).

/// `float.hex(x)`: `0x1.8000000000000p+1`, always 13 fraction digits.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return format!("{sign}inf");
    }
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let field = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    // Subnormals print as 0x0.<frac>p-1022.
    let (lead, exp) = if field == 0 {
        (0, -1022)
    } else {
        (1, field - 1023)
    };
    format!("{sign}0x{lead}.{frac:013x}p{exp:+}")
}

/// Why `float.fromhex` refused a string.
#[derive(Debug, PartialEq, Eq)]
pub enum FromHexError {
    /// Not in the grammar: `ValueError: invalid hexadecimal floating-point string`.
    Invalid,
    /// Too large: `OverflowError: hexadecimal value too large to represent as a float`.
    Overflow,
}

/// Python's whitespace for number parsing (`Py_ISSPACE`: ASCII only).
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// `inf`, `infinity` or `nan` (any case, optional sign) at the start of
/// `s`: the value and the bytes used.
fn parse_inf_nan(s: &[u8]) -> Option<(f64, usize)> {
    let (neg, at) = match s.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let rest = &s[at..];
    let starts = |w: &[u8]| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w);
    let (x, used) = if starts(b"infinity") {
        (f64::INFINITY, 8)
    } else if starts(b"inf") {
        (f64::INFINITY, 3)
    } else if starts(b"nan") {
        (crate::float::fresh_nan(false), 3)
    } else {
        return None;
    };
    Some((if neg { -x } else { x }, at + used))
}

/// Significant hex digits kept exactly; beyond them only "some digit was
/// non-zero" matters, since the kept ones already exceed the 53-bit
/// mantissa by more than a rounding bit.
const KEPT_DIGITS: usize = 30;

/// `m * 2**exp` (`m` non-zero, plus a positive amount below one unit of
/// `m` when `sticky`) rounded half-to-even to a float.
fn round_to_f64(m: u128, sticky: bool, exp: i128) -> Result<f64, FromHexError> {
    let width = i128::from(128 - m.leading_zeros());
    // The value lies in [2**(top-1), 2**top).
    let top = width + exp;
    if top > 1024 {
        return Err(FromHexError::Overflow);
    }
    if top <= -1075 {
        // Below half the smallest subnormal.
        return Ok(0.0);
    }
    // The exponent of the result's least significant bit.
    let lsb = top.max(-1021) - 53;
    let shift = lsb - exp;
    let q: u128 = if shift <= 0 {
        // `top - lsb <= 53`, so this is exact (and `sticky` is false: a
        // truncated `m` has more than 116 bits).
        m << (-shift) as u32
    } else {
        // `shift <= width <= 120` here.
        let s = shift as u32;
        let q = m >> s;
        let rem = m & ((1u128 << s) - 1);
        let half = 1u128 << (s - 1);
        if rem > half || (rem == half && (sticky || q & 1 == 1)) {
            q + 1
        } else {
            q
        }
    };
    // `q <= 2**53`; biasing the exponent this way also handles a carry
    // into the next binade and the subnormal/normal boundary.
    let bits = (((lsb + 1074) as u128) << 52) + q;
    if bits >= 0x7ff0_0000_0000_0000 {
        return Err(FromHexError::Overflow);
    }
    Ok(f64::from_bits(bits as u64))
}

/// `float.fromhex(s)`: `[ws] [sign] ('inf' | 'infinity' | 'nan' |
/// ['0x'] digits ['.' digits] ['p' [sign] decimal]) [ws]`, correctly
/// rounded.
pub fn parse_hex_float(s: &str) -> Result<f64, FromHexError> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() && is_ascii_space(b[i]) {
        i += 1;
    }
    let (x, next) = if let Some((x, used)) = parse_inf_nan(&b[i..]) {
        (x, i + used)
    } else {
        parse_hex_finite(b, i)?
    };
    i = next;
    while i < b.len() && is_ascii_space(b[i]) {
        i += 1;
    }
    if i != b.len() {
        return Err(FromHexError::Invalid);
    }
    Ok(x)
}

/// The finite form from `b[i..]`: the value and where it ended.
fn parse_hex_finite(b: &[u8], mut i: usize) -> Result<(f64, usize), FromHexError> {
    let hex = |c: Option<&u8>| c.and_then(|&c| (c as char).to_digit(16));
    let negative = match b.get(i) {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    if b.get(i) == Some(&b'0') && matches!(b.get(i + 1), Some(b'x' | b'X')) {
        i += 2;
    }
    // The coefficient's digits, most significant first, leading zeros
    // dropped; `frac_digits` counts those after the point.
    let mut m: u128 = 0;
    let mut kept = 0usize;
    let mut dropped = 0i128;
    let mut sticky = false;
    let mut ndigits = 0usize;
    let mut frac_digits = 0i128;
    let mut push = |d: u32| {
        if kept == 0 && d == 0 {
            return;
        }
        if kept < KEPT_DIGITS {
            m = (m << 4) | u128::from(d);
            kept += 1;
        } else {
            dropped += 1;
            sticky |= d != 0;
        }
    };
    while let Some(d) = hex(b.get(i)) {
        push(d);
        ndigits += 1;
        i += 1;
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        while let Some(d) = hex(b.get(i)) {
            push(d);
            ndigits += 1;
            frac_digits += 1;
            i += 1;
        }
    }
    if ndigits == 0 {
        return Err(FromHexError::Invalid);
    }
    let mut exp: i128 = 0;
    if matches!(b.get(i), Some(b'p' | b'P')) {
        i += 1;
        let exp_neg = match b.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        if !b.get(i).is_some_and(u8::is_ascii_digit) {
            return Err(FromHexError::Invalid);
        }
        while let Some(&c) = b.get(i).filter(|c| c.is_ascii_digit()) {
            // Saturate far outside any float's range; the digits are
            // still consumed.
            exp = (exp * 10 + i128::from(c - b'0')).min(1 << 80);
            i += 1;
        }
        if exp_neg {
            exp = -exp;
        }
    }
    let x = if m == 0 {
        0.0
    } else {
        round_to_f64(m, sticky, exp + 4 * (dropped - frac_digits))?
    };
    Ok((if negative { -x } else { x }, i))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hexf(s: &str) -> Result<f64, FromHexError> {
        parse_hex_float(s)
    }

    #[test]
    fn fromhex_matches_python() {
        // Expected values from python3.11's float.fromhex.
        assert_eq!(hexf(" -0X1.8P+1 "), Ok(-3.0));
        assert_eq!(hexf("1."), Ok(1.0));
        assert_eq!(hexf(".8"), Ok(0.5));
        assert_eq!(hexf("0x1.999999999999ap-4"), Ok(0.1));
        assert_eq!(hexf("0x1.fffffffffffffp+1023"), Ok(f64::MAX));
        assert_eq!(hexf("0x1.fffffffffffff7ffp1023"), Ok(f64::MAX));
        assert_eq!(hexf("0x1p-1074"), Ok(5e-324));
        assert_eq!(hexf("0x3p-1076"), Ok(5e-324));
        assert_eq!(hexf("0x1.0000000000001p-1075"), Ok(5e-324));
        assert_eq!(hexf("0x1p-1075"), Ok(0.0));
        assert_eq!(hexf("0x1.00000000000008p0"), Ok(1.0));
        assert_eq!(hexf("0x1.00000000000018p0"), Ok(1.0000000000000004));
        assert_eq!(
            hexf("0x1.000000000000080000000000000000000000001p0"),
            Ok(1.0000000000000002)
        );
        assert_eq!(hexf("0p99999999999999999999999"), Ok(0.0));
        assert_eq!(hexf("1p-99999999999999999999999"), Ok(0.0));
        assert_eq!(hexf("-0x0p0").map(f64::to_bits), Ok((-0.0f64).to_bits()));
        assert_eq!(hexf("-iNfinity"), Ok(f64::NEG_INFINITY));
        assert!(hexf("+nan").is_ok_and(f64::is_nan));
        assert_eq!(hexf("0x1p1024"), Err(FromHexError::Overflow));
        assert_eq!(hexf("0x1.fffffffffffff8p1023"), Err(FromHexError::Overflow));
        assert_eq!(
            hexf("1p99999999999999999999999"),
            Err(FromHexError::Overflow)
        );
        for bad in [
            "",
            "0x",
            ".",
            "0x1p",
            "0x1p+",
            "- 1",
            "0x0x1",
            "infinit",
            "1_0",
            "1\0",
            "\u{3000}1",
            "0x1.8p1.5",
            "0xg",
        ] {
            assert_eq!(hexf(bad), Err(FromHexError::Invalid), "{bad:?}");
        }
    }

    #[test]
    fn hex_matches_python() {
        assert_eq!(float_hex(0.0), "0x0.0p+0");
        assert_eq!(float_hex(-0.0), "-0x0.0p+0");
        assert_eq!(float_hex(1.0), "0x1.0000000000000p+0");
        assert_eq!(float_hex(0.1), "0x1.999999999999ap-4");
        assert_eq!(float_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(float_hex(f64::MAX), "0x1.fffffffffffffp+1023");
        assert_eq!(float_hex(-2.5), "-0x1.4000000000000p+1");
        assert_eq!(float_hex(f64::NEG_INFINITY), "-inf");
        assert_eq!(float_hex(f64::NAN), "nan");
    }

    #[test]
    fn hex_round_trips() {
        let mut x: u64 = 0x1234_5678_9abc_def1;
        for _ in 0..20000 {
            // xorshift over all bit patterns.
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let f = f64::from_bits(x);
            if f.is_nan() {
                continue;
            }
            assert_eq!(hexf(&float_hex(f)).map(f64::to_bits), Ok(x), "{f:e}");
        }
    }
}
