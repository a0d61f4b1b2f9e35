//! `format(v, spec)`: CPython 3.11's format-spec mini-language for int,
//! bool, float and str (a port of `Python/formatter_unicode.c` and of
//! `format_float_short` in `Python/pystrtod.c`), plus `ascii(v)` and
//! f-string assembly (`molt_str_join`).
//!
//! Float digits are computed exactly with big integers (correctly rounded,
//! half-even on exact ties), reproducing what CPython's `_Py_dg_dtoa`
//! returns in modes 0 (shortest), 2 (significant digits) and 3 (digits
//! after the point). `n` uses the C locale, as CPython does by default
//! (`LC_NUMERIC` is never set from the environment): no grouping, `.`.

use crate::builtins::{repr_into, slice, str_text};
use crate::exc::{
    overflow_error, raise, ret, type_error, value_error, PyResult, EXC_NOT_IMPLEMENTED_ERROR,
};
use crate::int::{as_int, to_decimal, to_f64_checked, IntRef};
use crate::str::{str_nchars, str_new, unicode_decimal};
use crate::value::{incref, type_name, view, Obj};
use crate::Value;

/// Thousands separator requested by the spec.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Sep {
    /// None.
    No,
    /// `,` every three digits.
    Comma,
    /// `_` every three digits.
    Under,
    /// `_` every four digits (`b`, `o`, `x`, `X`).
    UnderFour,
}

/// A parsed format spec (CPython's `InternalFormatSpec`).
#[derive(Clone, Copy, Debug)]
struct Spec {
    fill: char,
    align: char,
    alternate: bool,
    no_neg_0: bool,
    sign: Option<char>,
    /// `-1` when not given.
    width: i64,
    thousands: Sep,
    /// `-1` when not given.
    precision: i64,
    /// `None` is CPython's `'\0'` (no type).
    ty: Option<char>,
}

/// CPython's `get_integer`: decimal digits (any Unicode decimal) at `pos`;
/// returns the value and the number of digits consumed.
fn get_integer(cs: &[char], pos: &mut usize) -> PyResult<(i64, usize)> {
    let mut acc: i64 = 0;
    let mut n = 0;
    while let Some(&c) = cs.get(*pos) {
        let d = match c.to_digit(10) {
            Some(d) if c.is_ascii() => d,
            _ if c.is_ascii() => break,
            _ => match unicode_decimal(c) {
                Some(d) => d,
                None => break,
            },
        } as i64;
        if acc > (i64::MAX - d) / 10 {
            return value_error("Too many decimal digits in format string");
        }
        acc = acc * 10 + d;
        *pos += 1;
        n += 1;
    }
    Ok((acc, n))
}

fn sep_char(s: Sep) -> char {
    if s == Sep::Comma {
        ','
    } else {
        '_'
    }
}

/// `'%c'` of a presentation type in CPython's messages, or `'\x..'`.
fn type_code_text(t: char) -> String {
    let cp = t as u32;
    if cp > 32 && cp < 128 {
        format!("'{t}'")
    } else {
        format!("'\\x{cp:x}'")
    }
}

fn unknown_type<T>(t: char, tname: &str) -> PyResult<T> {
    value_error(&format!(
        "Unknown format code {} for object of type '{tname}'",
        type_code_text(t)
    ))
}

/// CPython's `parse_internal_render_format_spec`.
fn parse_spec(
    spec: &str,
    tname: &str,
    default_type: Option<char>,
    default_align: char,
) -> PyResult<Spec> {
    let mut short = ['\0'; 16];
    let long: Vec<char>;
    let cs: &[char] = if spec.len() <= short.len() {
        let mut n = 0;
        for c in spec.chars() {
            short[n] = c;
            n += 1;
        }
        &short[..n]
    } else {
        long = spec.chars().collect();
        &long
    };
    let end = cs.len();
    let mut pos = 0;
    let mut s = Spec {
        fill: ' ',
        align: default_align,
        alternate: false,
        no_neg_0: false,
        sign: None,
        width: -1,
        thousands: Sep::No,
        precision: -1,
        ty: default_type,
    };
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    let mut align_specified = false;
    let mut fill_specified = false;
    if end >= 2 && is_align(cs[1]) {
        s.align = cs[1];
        s.fill = cs[0];
        fill_specified = true;
        align_specified = true;
        pos = 2;
    } else if end >= 1 && is_align(cs[0]) {
        s.align = cs[0];
        align_specified = true;
        pos = 1;
    }
    if pos < end && matches!(cs[pos], ' ' | '+' | '-') {
        s.sign = Some(cs[pos]);
        pos += 1;
    }
    if pos < end && cs[pos] == 'z' {
        s.no_neg_0 = true;
        pos += 1;
    }
    if pos < end && cs[pos] == '#' {
        s.alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < end && cs[pos] == '0' {
        s.fill = '0';
        if !align_specified && default_align == '>' {
            s.align = '=';
        }
        pos += 1;
    }
    let (w, n) = get_integer(cs, &mut pos)?;
    if n > 0 {
        s.width = w;
    }
    let both = "Cannot specify both ',' and '_'.";
    if pos < end && cs[pos] == ',' {
        s.thousands = Sep::Comma;
        pos += 1;
    }
    if pos < end && cs[pos] == '_' {
        if s.thousands != Sep::No {
            return value_error(both);
        }
        s.thousands = Sep::Under;
        pos += 1;
    }
    if pos < end && cs[pos] == ',' && s.thousands == Sep::Under {
        return value_error(both);
    }
    if pos < end && cs[pos] == '.' {
        pos += 1;
        let (p, n) = get_integer(cs, &mut pos)?;
        if n == 0 {
            return value_error("Format specifier missing precision");
        }
        s.precision = p;
    }
    if end - pos > 1 {
        return value_error(&format!(
            "Invalid format specifier '{spec}' for object of type '{tname}'"
        ));
    }
    if end - pos == 1 {
        s.ty = Some(cs[pos]);
    }
    if s.thousands != Sep::No {
        match s.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if s.thousands == Sep::Under => {
                s.thousands = Sep::UnderFour;
            }
            Some(t) => {
                return value_error(&format!(
                    "Cannot specify '{}' with {}.",
                    sep_char(s.thousands),
                    type_code_text(t)
                ))
            }
        }
    }
    Ok(s)
}

/// A number split as CPython's `calc_number_widths` sees it.
struct NumParts<'a> {
    negative: bool,
    prefix: &'a str,
    /// Digits before the decimal point (grouped and zero-padded).
    digits: &'a str,
    has_decimal: bool,
    /// Everything after the decimal point (or after the digits).
    remainder: &'a str,
}

/// CPython's `_PyUnicode_InsertThousandsGrouping`: groups `digits` from
/// the right and zero-pads them to `min_width`.
fn group_digits(digits: &str, min_width: i64, group: Option<i64>, sep: char) -> String {
    let d = digits.as_bytes();
    let mut min_width = min_width.max(0);
    let mut remaining = d.len() as i64;
    let mut pos = d.len();
    let mut rev: Vec<char> = Vec::with_capacity(d.len() + 8);
    let mut use_sep = false;
    let mut fill = |len: i64, remaining: i64, use_sep: bool, rev: &mut Vec<char>| {
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        if use_sep {
            rev.push(sep);
        }
        for _ in 0..n_chars {
            pos -= 1;
            rev.push(d[pos] as char);
        }
        for _ in 0..n_zeros {
            rev.push('0');
        }
        n_chars
    };
    if let Some(g) = group {
        loop {
            let len = g.min(remaining.max(min_width).max(1));
            let n_chars = fill(len, remaining, use_sep, &mut rev);
            use_sep = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                return rev.into_iter().rev().collect();
            }
            min_width -= 1;
        }
    }
    let len = remaining.max(min_width).max(1);
    fill(len, remaining, use_sep, &mut rev);
    rev.into_iter().rev().collect()
}

/// CPython's `calc_number_widths` + `fill_number`.
fn render_number(n: &NumParts, sp: &Spec, upper: bool) -> String {
    let (group, sep) = match (sp.ty, sp.thousands) {
        (Some('n'), _) | (_, Sep::No) => (None, ' '),
        (_, Sep::Comma) => (Some(3), ','),
        (_, Sep::Under) => (Some(3), '_'),
        (_, Sep::UnderFour) => (Some(4), '_'),
    };
    let sign = match sp.sign {
        Some('+') => Some(if n.negative { '-' } else { '+' }),
        Some(' ') => Some(if n.negative { '-' } else { ' ' }),
        _ => n.negative.then_some('-'),
    };
    let n_remainder = n.remainder.chars().count() as i64;
    let non_digit =
        sign.is_some() as i64 + n.prefix.len() as i64 + n.has_decimal as i64 + n_remainder;
    let min_width = if sp.fill == '0' && sp.align == '=' {
        sp.width - non_digit
    } else {
        0
    };
    let mut grouped = if n.digits.is_empty() {
        String::new()
    } else {
        group_digits(n.digits, min_width, group, sep)
    };
    if upper {
        grouped.make_ascii_uppercase();
    }
    let padding = sp.width - (non_digit + grouped.len() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if padding > 0 {
        match sp.align {
            '<' => rpad = padding,
            '^' => {
                lpad = padding / 2;
                rpad = padding - lpad;
            }
            '=' => spad = padding,
            _ => lpad = padding,
        }
    }
    let mut out = String::with_capacity((sp.width.max(0) as usize).min(1 << 20) + 32);
    let pad = |out: &mut String, k: i64| out.extend(std::iter::repeat_n(sp.fill, k as usize));
    pad(&mut out, lpad);
    if let Some(c) = sign {
        out.push(c);
    }
    if upper {
        out.push_str(&n.prefix.to_ascii_uppercase());
    } else {
        out.push_str(n.prefix);
    }
    pad(&mut out, spad);
    out.push_str(&grouped);
    if n.has_decimal {
        out.push('.');
    }
    out.push_str(n.remainder);
    pad(&mut out, rpad);
    out
}

/// CPython's `format_long_internal`.
fn format_int(i: IntRef, sp: &Spec) -> PyResult<String> {
    if sp.precision != -1 {
        return value_error("Precision not allowed in integer format specifier");
    }
    if sp.no_neg_0 {
        return value_error("Negative zero coercion (z) not allowed in integer format specifier");
    }
    let ty = sp.ty.unwrap_or('d');
    if ty == 'c' {
        if sp.sign.is_some() {
            return value_error("Sign not allowed with integer format specifier 'c'");
        }
        if sp.alternate {
            return value_error("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        let Some(x) = i.to_i64() else {
            return overflow_error("Python int too large to convert to C long");
        };
        if !(0..=0x10ffff).contains(&x) {
            return overflow_error("%c arg not in range(0x110000)");
        }
        let Some(c) = char::from_u32(x as u32) else {
            return raise(
                EXC_NOT_IMPLEMENTED_ERROR,
                "lone surrogates in str are not supported by Molt",
            );
        };
        let text = c.to_string();
        let parts = NumParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: &text,
        };
        return Ok(render_number(&parts, sp, false));
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = if radix == 10 {
        let s = to_decimal(i)?;
        match s.strip_prefix('-') {
            Some(m) => m.to_string(),
            None => s,
        }
    } else {
        i.big().magnitude().to_str_radix(radix)
    };
    let parts = NumParts {
        negative: i.is_negative(),
        prefix: if sp.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    Ok(render_number(&parts, sp, ty == 'X'))
}

/// Which digits `_Py_dg_dtoa` is asked for.
#[derive(Clone, Copy)]
enum DtoaMode {
    /// Mode 0: shortest round-tripping digits.
    Shortest,
    /// Mode 2: this many significant digits.
    Significant(i64),
    /// Mode 3: this many digits after the decimal point.
    Fixed(i64),
}

/// A double's exact decimal expansion never has more fractional or
/// significant digits than this, so larger requests round nothing.
const EXACT_DIGITS: i64 = 1100;

/// `_Py_dg_dtoa(|x|)` for a finite `x`: the digits (trailing zeros removed)
/// and `decpt` (value = 0.DIGITS * 10**decpt). Zero gives `("0", 1)`; a
/// mode-3 result that rounds to zero gives `("", -ndigits)`.
///
/// Rust's float formatting is exact and rounds exact ties to even, as
/// dtoa does; `tests::dtoa_matches_exact` checks it against big-integer
/// arithmetic.
fn dtoa(x: f64, mode: DtoaMode) -> (String, i64) {
    if x == 0.0 {
        return ("0".into(), 1);
    }
    let sci = |text: String| {
        let (mant, exp) = text.split_once('e').expect("{:e} has an exponent");
        let exp: i64 = exp.parse().expect("integer exponent");
        (mant.replace('.', ""), exp + 1)
    };
    let (mut digits, decpt) = match mode {
        DtoaMode::Shortest => {
            let (digits, exp) = crate::float::shortest_digits(x.abs());
            (digits, i64::from(exp) + 1)
        }
        DtoaMode::Significant(n) => {
            let n = n.clamp(1, EXACT_DIGITS) as usize;
            sci(format!("{:.*e}", n - 1, x.abs()))
        }
        DtoaMode::Fixed(p) => {
            if let Some(r) = dtoa_fixed_small(x, p) {
                return r;
            }
            let text = format!("{:.*}", p.min(EXACT_DIGITS) as usize, x.abs());
            let (int_part, frac) = text.split_once('.').unwrap_or((&text, ""));
            if int_part == "0" {
                let significant = frac.trim_start_matches('0');
                if significant.is_empty() {
                    return (String::new(), -p);
                }
                let zeros = (frac.len() - significant.len()) as i64;
                (significant.to_string(), -zeros)
            } else {
                (format!("{int_part}{frac}"), int_part.len() as i64)
            }
        }
    };
    let keep = digits.trim_end_matches('0').len().max(1);
    digits.truncate(keep);
    (digits, decpt)
}

/// `|x| * 10**p` rounded to an integer, half to even on exact ties (as
/// `_Py_dg_dtoa` rounds), for a finite `x`, when it fits a `u128`
/// (`p <= 19` and `|x| < 2**64`, the common `{x:.2f}` case); `None`
/// otherwise.
///
/// `|x| = m * 2**e` exactly, so this is integer arithmetic on `m * 10**p`;
/// Rust's exact formatting gets the same digits through a slow bignum
/// algorithm.
fn fixed_scaled(x: f64, p: i64) -> Option<u128> {
    if !(0..=19).contains(&p) {
        return None;
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    // m < 2**53 and 10**19 < 2**64, so `num < 2**117`.
    let num = u128::from(m) * 10u128.pow(p as u32);
    if e >= 0 {
        return (e <= 10).then(|| num << e);
    }
    let s = (-e) as u32;
    if s >= 118 {
        // num < 2**117 <= half of 2**s: rounds to zero.
        return Some(0);
    }
    let q = num >> s;
    let r = num & ((1u128 << s) - 1);
    let half = 1u128 << (s - 1);
    Some(if r > half || (r == half && q & 1 == 1) {
        q + 1
    } else {
        q
    })
}

/// Writes the decimal digits of `n` right-aligned into `buf`, at least
/// `min_digits` of them (zero-padded); returns where they start.
fn write_digits(buf: &mut [u8; 48], mut n: u128, min_digits: usize) -> usize {
    let mut at = buf.len();
    while n > u128::from(u64::MAX) {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
    }
    let mut small = n as u64;
    while small > 0 {
        at -= 1;
        buf[at] = b'0' + (small % 10) as u8;
        small /= 10;
    }
    while buf.len() - at < min_digits {
        at -= 1;
        buf[at] = b'0';
    }
    at
}

/// Mode 3 (`p` digits after the point) of a finite, non-zero `x` through
/// [`fixed_scaled`], in [`dtoa`]'s form; `None` when that does not apply.
fn dtoa_fixed_small(x: f64, p: i64) -> Option<(String, i64)> {
    let n = fixed_scaled(x, p)?;
    if n == 0 {
        return Some((String::new(), -p));
    }
    let mut buf = [0u8; 48];
    let at = write_digits(&mut buf, n, 0);
    let digits = &buf[at..];
    let decpt = digits.len() as i64 - p;
    let keep = digits.iter().rposition(|&d| d != b'0').map_or(1, |i| i + 1);
    let text = digits[..keep].iter().map(|&d| char::from(d)).collect();
    Some((text, decpt))
}

/// `format(x, spec)` for a float and a spec that is exactly `.Nf` (no
/// fill, sign, width or grouping): the digits are written straight into
/// the result; `None` when the spec has another form or [`fixed_scaled`]
/// does not apply (the general path handles those).
fn format_fixed_fast(x: f64, spec: &str) -> Option<Value> {
    let b = spec.as_bytes();
    let p = match b {
        [b'.', d @ b'0'..=b'9', b'f'] => usize::from(d - b'0'),
        [b'.', d1 @ b'0'..=b'9', d2 @ b'0'..=b'9', b'f'] => {
            usize::from(d1 - b'0') * 10 + usize::from(d2 - b'0')
        }
        _ => return None,
    };
    if !x.is_finite() {
        return None;
    }
    let n = fixed_scaled(x, p as i64)?;
    let mut buf = [0u8; 48];
    let mut at = write_digits(&mut buf, n, p + 1);
    if p > 0 {
        // Move the integer digits left by one to make room for the point.
        let point = buf.len() - p;
        buf.copy_within(at..point, at - 1);
        at -= 1;
        buf[point - 1] = b'.';
    }
    if x.is_sign_negative() {
        at -= 1;
        buf[at] = b'-';
    }
    // The text is ASCII: digits, '.' and '-'.
    Some(crate::str::str_map_ascii(&buf[at..], |b| b))
}

/// Flags of `PyOS_double_to_string` used by `format`.
#[derive(Clone, Copy)]
struct DtsFlags {
    add_dot_0: bool,
    alt: bool,
    no_neg_0: bool,
}

/// CPython's `PyOS_double_to_string` (without `Py_DTSF_SIGN`) for codes
/// `e E f F g G r`.
fn double_to_string(d: f64, code: char, precision: i64, flags: DtsFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let (mode, precision) = match code {
        'e' => (DtoaMode::Significant(precision + 1), precision + 1),
        'f' => (DtoaMode::Fixed(precision), precision),
        'g' => {
            let p = precision.max(1);
            (DtoaMode::Significant(p), p)
        }
        _ => (DtoaMode::Shortest, 0),
    };
    if !d.is_finite() {
        let mut out = String::new();
        if d.is_nan() {
            out.push_str(if upper { "NAN" } else { "nan" });
        } else {
            if d < 0.0 {
                out.push('-');
            }
            out.push_str(if upper { "INF" } else { "inf" });
        }
        return out;
    }
    let (digits, mut decpt) = dtoa(d, mode);
    let dlen = digits.len() as i64;
    let mut negative = d.is_sign_negative();
    if flags.no_neg_0 && negative && (digits.is_empty() || digits == "0") {
        negative = false;
    }
    let mut vend = dlen;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vend = precision;
        }
        'f' => vend = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vend = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    vend = if !use_exp && flags.add_dot_0 {
        vend.max(decpt + 1)
    } else {
        vend.max(decpt)
    };
    let mut out = String::with_capacity((vend - vstart) as usize + 8);
    let zeros = |out: &mut String, k: i64| out.extend(std::iter::repeat_n('0', k.max(0) as usize));
    if negative {
        out.push('-');
    }
    if decpt <= 0 {
        zeros(&mut out, decpt - vstart);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vstart);
    }
    if 0 < decpt && decpt <= dlen {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(&digits);
    }
    if dlen < decpt {
        zeros(&mut out, decpt - dlen);
        out.push('.');
        zeros(&mut out, vend - decpt);
    } else {
        zeros(&mut out, vend - dlen);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

/// CPython's `format_float_internal`.
fn format_float(x: f64, sp: &Spec) -> PyResult<String> {
    if sp.precision > i32::MAX as i64 {
        return value_error("precision too big");
    }
    let mut precision = sp.precision;
    let mut flags = DtsFlags {
        add_dot_0: false,
        alt: sp.alternate,
        no_neg_0: sp.no_neg_0,
    };
    let mut default_precision = 6;
    let mut ty = match sp.ty {
        None => {
            flags.add_dot_0 = true;
            default_precision = 0;
            'r'
        }
        Some('n') => 'g',
        Some(t) => t,
    };
    let mut val = x;
    let add_pct = ty == '%';
    if add_pct {
        ty = 'f';
        val *= 100.0;
    }
    if precision < 0 {
        precision = default_precision;
    } else if ty == 'r' {
        ty = 'g';
    }
    let mut buf = double_to_string(val, ty, precision, flags);
    if add_pct {
        buf.push('%');
    }
    if sp.thousands == Sep::No
        && matches!(sp.sign, None | Some('-'))
        && sp.width <= buf.len() as i64
    {
        // No sign to add, no grouping, no padding: rendering is the identity.
        return Ok(buf);
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, buf.as_str()),
    };
    let ndig = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(ndig);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let parts = NumParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    };
    Ok(render_number(&parts, sp, false))
}

/// CPython's `format_string_internal`; `None` means "the str unchanged".
fn format_str(s: &str, nchars: usize, sp: &Spec) -> PyResult<Option<String>> {
    match sp.sign {
        Some(' ') => return value_error("Space not allowed in string format specifier"),
        Some(_) => return value_error("Sign not allowed in string format specifier"),
        None => {}
    }
    if sp.no_neg_0 {
        return value_error("Negative zero coercion (z) not allowed in string format specifier");
    }
    if sp.alternate {
        return value_error("Alternate form (#) not allowed in string format specifier");
    }
    if sp.align == '=' {
        return value_error("'=' alignment not allowed in string format specifier");
    }
    let mut len = nchars as i64;
    if (sp.width == -1 || sp.width <= len) && (sp.precision == -1 || sp.precision >= len) {
        return Ok(None);
    }
    if sp.precision >= 0 && len >= sp.precision {
        len = sp.precision;
    }
    let total = sp.width.max(len);
    let lpad = match sp.align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let rpad = total - len - lpad;
    let mut out = String::with_capacity(s.len() + (total - len) as usize);
    out.extend(std::iter::repeat_n(sp.fill, lpad as usize));
    out.extend(s.chars().take(len as usize));
    out.extend(std::iter::repeat_n(sp.fill, rpad as usize));
    Ok(Some(out))
}

/// Refuses results too large to build (CPython would raise MemoryError).
fn check_width(sp: &Spec) -> PyResult<()> {
    if sp.width > (1 << 40) || sp.precision > (1 << 40) {
        return crate::exc::memory_error();
    }
    Ok(())
}

/// `format(v, spec)` as Rust text; `None` means "`v` itself" (a str).
pub fn format_text(v: Value, spec: &str) -> PyResult<Option<String>> {
    let tname = type_name(v);
    match view(v) {
        Obj::Str(s) => {
            if spec.is_empty() {
                return Ok(None);
            }
            let sp = parse_spec(spec, tname, Some('s'), '<')?;
            match sp.ty {
                Some('s') => {
                    check_width(&sp)?;
                    // SAFETY: `v` is a live str.
                    format_str(s, unsafe { str_nchars(v) }, &sp)
                }
                t => unknown_type(t.unwrap_or('\0'), tname),
            }
        }
        Obj::Float(x) => {
            if spec.is_empty() {
                return str_text(v).map(Some);
            }
            let sp = parse_spec(spec, tname, None, '>')?;
            match sp.ty {
                None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
                    if sp.precision <= i32::MAX as i64 {
                        check_width(&sp)?;
                    }
                    format_float(x, &sp).map(Some)
                }
                Some(t) => unknown_type(t, tname),
            }
        }
        _ => match as_int(v) {
            Some(i) => {
                if spec.is_empty() {
                    return str_text(v).map(Some);
                }
                let sp = parse_spec(spec, tname, Some('d'), '>')?;
                match sp.ty.unwrap_or('d') {
                    'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {
                        if sp.precision == -1 {
                            check_width(&sp)?;
                        }
                        format_int(i, &sp).map(Some)
                    }
                    'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
                        let x = to_f64_checked(i)?;
                        if sp.precision <= i32::MAX as i64 {
                            check_width(&sp)?;
                        }
                        format_float(x, &sp).map(Some)
                    }
                    t => unknown_type(t, tname),
                }
            }
            None => {
                if !spec.is_empty() {
                    return type_error(&format!(
                        "unsupported format string passed to {tname}.__format__"
                    ));
                }
                str_text(v).map(Some)
            }
        },
    }
}

/// `format(v, spec)` as a new str value.
pub fn format(v: Value, spec: Value) -> PyResult<Value> {
    let Obj::Str(spec) = view(spec) else {
        // Argument Clinic names None as `None`, not `NoneType`.
        let tn = if spec == crate::value::NONE {
            "None"
        } else {
            type_name(spec)
        };
        return type_error(&format!("format() argument 2 must be str, not {tn}"));
    };
    match view(v) {
        Obj::Int(i) if spec.is_empty() => return Ok(crate::str::str_from_i64(i)),
        Obj::Float(x) => {
            if let Some(r) = format_fixed_fast(x, spec) {
                return Ok(r);
            }
        }
        _ => {}
    }
    match format_text(v, spec)? {
        Some(s) => Ok(str_new(&s)),
        None => {
            incref(v);
            Ok(v)
        }
    }
}

/// `format(v, spec)` (an f-string field `{v:spec}`); `spec` is a str.
#[no_mangle]
pub extern "C" fn molt_format(v: Value, spec: Value) -> Value {
    ret(format(v, spec))
}

/// `ascii(v)` as Rust text: `repr(v)` with non-ASCII characters escaped.
pub fn ascii_text(v: Value) -> PyResult<String> {
    let mut r = String::new();
    repr_into(v, &mut r)?;
    if r.is_ascii() {
        return Ok(r);
    }
    let mut out = String::with_capacity(r.len() + 16);
    for c in r.chars() {
        let cp = c as u32;
        if cp < 0x80 {
            out.push(c);
        } else if cp < 0x100 {
            out.push_str(&format!("\\x{cp:02x}"));
        } else if cp < 0x10000 {
            out.push_str(&format!("\\u{cp:04x}"));
        } else {
            out.push_str(&format!("\\U{cp:08x}"));
        }
    }
    Ok(out)
}

/// `ascii(v)`.
#[no_mangle]
pub extern "C" fn molt_ascii(v: Value) -> Value {
    ret(ascii_text(v).map(|s| str_new(&s)))
}

/// Concatenation of `n` str values at `parts` (f-string assembly).
#[no_mangle]
pub unsafe extern "C" fn molt_str_join(parts: *const Value, n: usize) -> Value {
    // SAFETY: the caller passes `n` readable values at `parts`.
    ret(crate::str::str_join(unsafe { slice(parts, n) }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::int::int_from_big;
    use crate::value::{decref, float_value, small, FALSE, NONE, TRUE};
    use num_bigint::BigInt;
    use num_bigint::BigUint;
    use num_traits::{One, Zero};
    use std::cmp::Ordering;

    fn pow10(n: u64) -> BigUint {
        num_traits::pow(BigUint::from(10u32), n as usize)
    }

    /// `round(num / den)`, half to even.
    fn round_div(num: &BigUint, den: &BigUint) -> BigUint {
        let (mut q, r) = num_integer::Integer::div_rem(num, den);
        let twice = r << 1u32;
        match twice.cmp(den) {
            Ordering::Greater => q += 1u32,
            Ordering::Equal if q.bit(0) => q += 1u32,
            _ => {}
        }
        q
    }

    /// `|x| == num / den` exactly, for a finite `x`.
    fn exact_ratio(x: f64) -> (BigUint, BigUint) {
        let (m, e) = crate::float::float_parts(x);
        if e >= 0 {
            (BigUint::from(m) << e as u64, BigUint::one())
        } else {
            (BigUint::from(m), BigUint::one() << (-e) as u64)
        }
    }

    /// `num * 10**s / den` rounded half-even (`s` may be negative).
    fn scaled_round(num: &BigUint, den: &BigUint, s: i64) -> BigUint {
        if s >= 0 {
            round_div(&(num * pow10(s as u64)), den)
        } else {
            round_div(num, &(den * pow10((-s) as u64)))
        }
    }

    /// Compares `num / den` with `10**k`.
    fn cmp_pow10(num: &BigUint, den: &BigUint, k: i64) -> Ordering {
        if k >= 0 {
            num.cmp(&(den * pow10(k as u64)))
        } else {
            (num * pow10((-k) as u64)).cmp(den)
        }
    }

    /// `_Py_dg_dtoa(|x|)` for a finite `x`: the digits (trailing zeros removed)
    /// and `decpt` (value = 0.DIGITS * 10**decpt). Zero gives `("0", 1)`; a
    /// mode-3 result that rounds to zero gives `("", -ndigits)`.
    fn dtoa_exact(x: f64, mode: DtoaMode) -> (String, i64) {
        if x == 0.0 {
            return ("0".into(), 1);
        }
        let (mut digits, decpt) = match mode {
            DtoaMode::Shortest => unreachable!(),
            DtoaMode::Significant(n) => {
                let (num, den) = exact_ratio(x);
                let mut k = x.abs().log10().floor() as i64;
                loop {
                    if cmp_pow10(&num, &den, k) == Ordering::Less {
                        k -= 1;
                    } else if cmp_pow10(&num, &den, k + 1) != Ordering::Less {
                        k += 1;
                    } else {
                        break;
                    }
                }
                let q = scaled_round(&num, &den, n - 1 - k);
                let mut s = q.to_string();
                let mut decpt = k + 1;
                if s.len() as i64 > n {
                    // Rounded up to 10**n.
                    s.truncate(n as usize);
                    decpt += 1;
                }
                (s, decpt)
            }
            DtoaMode::Fixed(p) => {
                let (num, den) = exact_ratio(x);
                let q = scaled_round(&num, &den, p);
                if q.is_zero() {
                    return (String::new(), -p);
                }
                let s = q.to_string();
                let decpt = s.len() as i64 - p;
                (s, decpt)
            }
        };
        let keep = digits.trim_end_matches('0').len().max(1);
        digits.truncate(keep);
        (digits, decpt)
    }

    /// `format(v, spec)` as text, or `Err("Kind: message")`; consumes `v`.
    fn fmt(v: Value, spec: &str) -> Result<String, String> {
        let sv = str_new(spec);
        let r = format(v, sv);
        decref(sv);
        decref(v);
        match r {
            Ok(s) => {
                let t = str_text(s).unwrap();
                decref(s);
                Ok(t)
            }
            Err(_) => {
                let e = crate::exc::molt_err_fetch();
                let line = crate::exc::final_line(e);
                decref(e);
                Err(line)
            }
        }
    }

    fn f(x: f64, spec: &str) -> String {
        fmt(float_value(x), spec).unwrap()
    }

    fn i(x: i64, spec: &str) -> String {
        fmt(small(x), spec).unwrap()
    }

    fn s(x: &str, spec: &str) -> String {
        fmt(str_new(x), spec).unwrap()
    }

    #[test]
    fn float_rounding() {
        // Expected values from python3.11.
        assert_eq!(f(2.675, ".2f"), "2.67");
        assert_eq!(f(0.125, ".2f"), "0.12");
        assert_eq!(f(0.375, ".2f"), "0.38");
        assert_eq!(f(2.5, ".0f"), "2");
        assert_eq!(f(0.5, ".0f"), "0");
        assert_eq!(f(1.5, ".0f"), "2");
        assert_eq!(f(1e22, "f"), "10000000000000000000000.000000");
        assert_eq!(
            f(0.1, ".60f"),
            "0.100000000000000005551115123125782702118158340454101562500000"
        );
        assert_eq!(f(5e-324, ".3e"), "4.941e-324");
        assert_eq!(f(9.9999, ".2e"), "1.00e+01");
        assert_eq!(f(1e300, ".3g"), "1e+300");
        assert_eq!(f(123456.789, ",.2f"), "123,456.79");
    }

    #[test]
    fn float_general_and_repr_forms() {
        // Expected values from python3.11.
        assert_eq!(f(1e16, ""), "1e+16");
        assert_eq!(f(1e16, "#"), "1.e+16");
        assert_eq!(f(0.1, ".3"), "0.1");
        assert_eq!(f(1.0, ".3"), "1.0");
        assert_eq!(f(123.0, ".3"), "1.23e+02");
        assert_eq!(f(0.0, "#g"), "0.00000");
        assert_eq!(f(1e-7, "g"), "1e-07");
        assert_eq!(f(123456.789, "g"), "123457");
        assert_eq!(f(1234567.0, "n"), "1.23457e+06");
        assert_eq!(f(1.0, "10"), "       1.0");
        assert_eq!(f(-0.0, "z.2f"), "0.00");
        assert_eq!(f(-0.0, ".2f"), "-0.00");
        assert_eq!(f(-0.0001, "z.2%"), "-0.01%");
        assert_eq!(f(-0.00001, "z.2%"), "0.00%");
        assert_eq!(f(f64::INFINITY, "010"), "0000000inf");
        assert_eq!(f(f64::NEG_INFINITY, "F"), "-INF");
        assert_eq!(f(f64::NAN, "+"), "+nan");
        assert_eq!(f(-f64::NAN, "E"), "NAN");
        assert_eq!(f(0.25, "%"), "25.000000%");
        assert_eq!(f(1234.5, "012,.1f"), "00,001,234.5");
        assert_eq!(f(-1.5, "=+8"), "-    1.5");
    }

    #[test]
    fn ints() {
        // Expected values from python3.11.
        assert_eq!(i(1234, "08,"), "0,001,234");
        assert_eq!(i(1234, "09,"), "0,001,234");
        assert_eq!(i(-255, "#x"), "-0xff");
        assert_eq!(i(255, "#012_X"), "0X0_0000_00FF");
        assert_eq!(i(5, "#b"), "0b101");
        assert_eq!(i(-5, " 5d"), "   -5");
        assert_eq!(i(5, "\u{663}"), "  5");
        assert_eq!(i(65, "c"), "A");
        assert_eq!(i(233, "^5c"), "  \u{e9}  ");
        assert_eq!(i(3, ".2f"), "3.00");
        assert_eq!(i(1234567, "n"), "1234567");
        assert_eq!(fmt(TRUE, "").unwrap(), "True");
        assert_eq!(fmt(TRUE, "d").unwrap(), "1");
        assert_eq!(fmt(TRUE, ">5").unwrap(), "    1");
        assert_eq!(fmt(FALSE, ".1f").unwrap(), "0.0");
        let big = int_from_big(BigInt::from(10).pow(25) * -3);
        assert_eq!(
            fmt(big, ",").unwrap(),
            "-30,000,000,000,000,000,000,000,000"
        );
        let big = int_from_big(BigInt::from(1) << 70);
        assert_eq!(fmt(big, "#_x").unwrap(), "0x40_0000_0000_0000_0000");
    }

    #[test]
    fn strs() {
        // Expected values from python3.11.
        assert_eq!(s("ab", "05"), "ab000");
        assert_eq!(s("ab", ">5"), "   ab");
        assert_eq!(s("abc", "*^6"), "*abc**");
        assert_eq!(s("h\u{e9}llo", ".2"), "h\u{e9}");
        assert_eq!(
            s("h\u{e9}llo", "\u{e9}<7.3s"),
            "h\u{e9}l\u{e9}\u{e9}\u{e9}\u{e9}"
        );
        assert_eq!(s("", ""), "");
    }

    #[test]
    fn errors() {
        // Messages from python3.11.
        let cases: [(Value, &str, &str); 12] = [
            (
                float_value(1.5),
                "d",
                "ValueError: Unknown format code 'd' for object of type 'float'",
            ),
            (
                small(1),
                ".",
                "ValueError: Format specifier missing precision",
            ),
            (
                str_new("a"),
                ",",
                "ValueError: Cannot specify ',' with 's'.",
            ),
            (
                str_new("a"),
                "+",
                "ValueError: Sign not allowed in string format specifier",
            ),
            (
                small(1),
                ".2",
                "ValueError: Precision not allowed in integer format specifier",
            ),
            (
                str_new("a"),
                "#",
                "ValueError: Alternate form (#) not allowed in string format specifier",
            ),
            (
                NONE,
                "x",
                "TypeError: unsupported format string passed to NoneType.__format__",
            ),
            (
                small(1),
                "abc",
                "ValueError: Invalid format specifier 'abc' for object of type 'int'",
            ),
            (
                small(1),
                ",\u{e9}",
                "ValueError: Cannot specify ',' with '\\xe9'.",
            ),
            (
                small(1),
                "\x01",
                "ValueError: Unknown format code '\\x1' for object of type 'int'",
            ),
            (
                small(-1),
                "c",
                "OverflowError: %c arg not in range(0x110000)",
            ),
            (
                TRUE,
                "s",
                "ValueError: Unknown format code 's' for object of type 'bool'",
            ),
        ];
        for (v, spec, msg) in cases {
            assert_eq!(fmt(v, spec), Err(msg.to_string()), "{spec:?}");
        }
    }

    #[test]
    fn ascii_and_join() {
        // Expected values from python3.11.
        let v = str_new("h\u{e9}\u{2028}\u{1F600}'");
        assert_eq!(ascii_text(v).unwrap(), "\"h\\xe9\\u2028\\U0001f600'\"");
        let parts = [str_new("a"), v, str_new("")];
        let j = crate::str::str_join(&parts).unwrap();
        assert_eq!(str_text(j).unwrap(), "ah\u{e9}\u{2028}\u{1F600}'");
        // SAFETY: `j` is a live str.
        assert_eq!(unsafe { str_nchars(j) }, 6);
        decref(j);
        for p in parts {
            decref(p);
        }
    }

    #[test]
    fn fixed_fast_path_matches_general() {
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        let mut xs: Vec<f64> = vec![
            0.0,
            -0.0,
            0.5,
            -0.5,
            1.5,
            2.5,
            0.05,
            -0.04,
            0.125,
            2.675,
            99.995,
            1e-7,
            1e15,
            1e18,
            1.8e19,
            2e19,
            1e22,
            -1e22,
            5e-324,
            123456.789,
            0.1,
            1.0 / 3.0,
        ];
        for _ in 0..2000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            xs.push((seed % 1_000_000) as f64 * 0.5 - 250_000.0);
            xs.push((seed % 100_000) as f64 / 1024.0);
            xs.push(f64::from_bits(seed));
            xs.push(((seed >> 11) as f64) * 2f64.powi((seed % 90) as i32 - 60));
        }
        for &x in &xs {
            if !x.is_finite() {
                continue;
            }
            for p in [0usize, 1, 2, 3, 6, 10, 17, 19, 20, 25] {
                let spec = format!(".{p}f");
                let Some(fast) = format_fixed_fast(x, &spec) else {
                    continue;
                };
                let fast_text = str_text(fast).unwrap();
                decref(fast);
                let sp = parse_spec(&spec, "float", None, '>').unwrap();
                assert_eq!(fast_text, format_float(x, &sp).unwrap(), "{x:e} {spec}");
            }
        }
    }

    #[test]
    fn dtoa_matches_exact() {
        // Random bit patterns (xorshift), decimal ties and edge values.
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut xs: Vec<f64> = vec![
            0.5,
            1.5,
            2.5,
            0.125,
            0.375,
            2.675,
            1e22,
            1e23,
            5e-324,
            f64::MAX,
            f64::MIN_POSITIVE,
            9.5,
            0.05,
            99.995,
            1e-7,
            123456.789,
            0.1,
            1.0 / 3.0,
        ];
        for _ in 0..3000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let x = f64::from_bits(seed);
            if x.is_finite() && x != 0.0 {
                xs.push(x);
            }
            // Halves and small scaled values (the fixed-point fast path).
            xs.push((seed % 1_000_000) as f64 * 0.5);
            xs.push((seed % 1_000_000) as f64 * 0.001);
            xs.push(f64::from_bits(seed >> 12));
            xs.push(((seed >> 11) as f64) * 2f64.powi((seed % 90) as i32 - 20));
            // Short binary fractions: many exact decimal ties.
            xs.push((seed % 100_000) as f64 / [2.0, 4.0, 8.0, 16.0, 1024.0][(seed % 5) as usize]);
        }
        for &x in &xs {
            if x == 0.0 {
                continue;
            }
            for n in [1, 2, 3, 6, 12, 17, 18, 30] {
                let m = DtoaMode::Significant(n);
                assert_eq!(dtoa(x, m), dtoa_exact(x, m), "{x:e} sig {n}");
            }
            for p in [0, 1, 2, 3, 6, 15, 19, 20] {
                let m = DtoaMode::Fixed(p);
                assert_eq!(dtoa(x, m), dtoa_exact(x, m), "{x:e} fixed {p}");
            }
        }
        for x in [5e-324, 1e-300, 0.1, f64::MAX, 2.0f64.powi(-1074) * 3.0] {
            for n in [1100, 2000] {
                assert_eq!(
                    dtoa(x, DtoaMode::Significant(n)),
                    dtoa_exact(x, DtoaMode::Significant(n))
                );
                assert_eq!(
                    dtoa(x, DtoaMode::Fixed(n)),
                    dtoa_exact(x, DtoaMode::Fixed(n))
                );
            }
        }
    }
}
