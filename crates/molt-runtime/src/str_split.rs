//! The list-returning str methods: `split`, `rsplit` and `splitlines`,
//! with CPython's whitespace and line-boundary rules.

use crate::exc::{type_error, value_error, PyResult};
use crate::kwargs::{bind, int_flag, ssize_arg, Kw};
use crate::list::list_from_vec;
use crate::str::{as_str_obj, is_space, str_new_piece, str_slice};
use crate::value::{type_name, view, Obj};
use crate::Value;

/// `s.split(sep=None, maxsplit=-1)` / `s.rsplit(...)` (`name` says which)
/// for the str `recv`.
pub fn split(recv: Value, name: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(obj) = as_str_obj(recv) else {
        return type_error("split: receiver is not a str");
    };
    // SAFETY: `recv` is a live str.
    let s = unsafe { str_slice(recv) };
    let ascii = obj.is_ascii();
    let (sep, maxsplit) = if kw.is_empty() && args.len() <= 2 {
        (args.first().copied(), args.get(1).copied())
    } else {
        let b = bind(name, args, kw, &["sep", "maxsplit"], 2)?;
        (b[0], b[1])
    };
    let maxsplit = match maxsplit {
        Some(v) => ssize_arg(v)?,
        None => -1,
    };
    let max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let reverse = name == "rsplit";
    let piece = |p: &str| str_new_piece(p, ascii);
    let parts: Vec<Value> = match sep.map(|v| (v, view(v))) {
        None | Some((_, Obj::None)) => {
            if reverse {
                rsplit_whitespace(s, max).into_iter().map(piece).collect()
            } else if ascii {
                split_ascii_whitespace(s, max)
            } else {
                split_whitespace(s, max).into_iter().map(piece).collect()
            }
        }
        Some((_, Obj::Str(sep))) => {
            if sep.is_empty() {
                return value_error("empty separator");
            }
            if reverse {
                let mut p: Vec<Value> = s.rsplitn(max.saturating_add(1), sep).map(piece).collect();
                p.reverse();
                p
            } else if let [b] = sep.as_bytes() {
                split_byte(s, *b, max, ascii)
            } else {
                s.splitn(max.saturating_add(1), sep).map(piece).collect()
            }
        }
        Some((v, _)) => {
            return type_error(&format!("must be str or None, not {}", type_name(v)));
        }
    };
    Ok(list_from_vec(parts))
}

/// `s.split(sep, max)` for a one-byte (so ASCII) separator: a char
/// pattern, which `str::find` searches with memchr, and each piece made
/// once.
fn split_byte(s: &str, sep: u8, max: usize, ascii: bool) -> Vec<Value> {
    let bytes = s.as_bytes();
    // Short texts (fields of a line) are scanned a word at a time here;
    // memchr's set-up only pays on longer ones.
    let find = |from: usize| -> Option<usize> {
        let rest = &bytes[from..];
        if rest.len() < 64 {
            find_byte_short(rest, sep)
        } else {
            s[from..].find(char::from(sep))
        }
    };
    let mut out = Vec::with_capacity(8);
    let mut start = 0;
    while out.len() < max {
        let Some(i) = find(start) else {
            break;
        };
        out.push(str_new_piece(&s[start..start + i], ascii));
        start += i + 1;
    }
    out.push(str_new_piece(&s[start..], ascii));
    out
}

/// The index of the first ASCII whitespace byte in `b` at or after `i`
/// (`b.len()` if none); `b` is ASCII. All the whitespace is `<= 0x20`.
#[inline]
fn next_ascii_space(b: &[u8], i: usize) -> usize {
    next_ascii_where(b, i, 0x20, |c| matches!(c, 0x09..=0x0d | 0x1c..=0x20))
}

/// The index of the first byte of the ASCII text `b` at or after `i` that
/// satisfies `pred` (`b.len()` if none), where every such byte is `<= max`
/// (`max < 0x80`): eight bytes are tested at a time for any byte `<= max`,
/// then that byte exactly.
#[inline]
fn next_ascii_where(b: &[u8], mut i: usize, max: u8, pred: impl Fn(u8) -> bool) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LO7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HI: u64 = 0x8080_8080_8080_8080;
    // A byte `x < 0x80` has `x + (0x7f - max)` without its high bit exactly
    // when `x <= max` (no carries between bytes: the sum stays below 0x100).
    let bias = ONES * u64::from(0x7f - max);
    while i + 8 <= b.len() {
        let mut w = [0u8; 8];
        w.copy_from_slice(&b[i..i + 8]);
        let w = u64::from_le_bytes(w);
        let low = !((w & LO7) + bias) & HI;
        if low == 0 {
            i += 8;
            continue;
        }
        let k = i + (low.trailing_zeros() / 8) as usize;
        if pred(b[k]) {
            return k;
        }
        // A low byte that does not match: go on after it.
        i = k + 1;
    }
    while i < b.len() && !pred(b[i]) {
        i += 1;
    }
    i
}

/// The first index of `sep` in `b`, eight bytes at a time (the classic
/// zero-byte test on `word ^ sep...`: its lowest flagged byte is always a
/// true match).
fn find_byte_short(b: &[u8], sep: u8) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let pattern = ONES * u64::from(sep);
    let mut i = 0;
    while i + 8 <= b.len() {
        let mut w = [0u8; 8];
        w.copy_from_slice(&b[i..i + 8]);
        let x = u64::from_le_bytes(w) ^ pattern;
        let found = x.wrapping_sub(ONES) & !x & HI;
        if found != 0 {
            return Some(i + (found.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    b[i..].iter().position(|&c| c == sep).map(|k| i + k)
}

/// The index of the first line boundary in the ASCII text `b` (`b.len()`
/// if none). All the ASCII boundaries are `<= 0x1e`.
fn next_ascii_line_break(b: &[u8]) -> usize {
    next_ascii_where(b, 0, 0x1e, |c| {
        matches!(c, b'\n' | b'\r' | 0x0b | 0x0c | 0x1c..=0x1e)
    })
}

/// [`split_whitespace`] for ASCII text, building the pieces directly.
fn split_ascii_whitespace(s: &str, max: usize) -> Vec<Value> {
    let b = s.as_bytes();
    let space = |c: u8| matches!(c, 0x09..=0x0d | 0x1c..=0x20);
    let mut out = Vec::new();
    let mut i = 0;
    let n = b.len();
    loop {
        while i < n && space(b[i]) {
            i += 1;
        }
        if i == n {
            break;
        }
        if out.len() == max {
            out.push(str_new_piece(&s[i..], true));
            break;
        }
        let start = i;
        i = next_ascii_space(b, i + 1);
        out.push(str_new_piece(&s[start..i], true));
    }
    out
}

/// CPython's `split_whitespace`: runs of whitespace separate, ends are
/// dropped; after `max` splits the rest (left-stripped) is one part.
fn split_whitespace(s: &str, max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    let mut count = 0;
    loop {
        rest = rest.trim_start_matches(is_space);
        if rest.is_empty() {
            break;
        }
        if count == max {
            out.push(rest);
            break;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = &rest[end..];
        count += 1;
    }
    out
}

/// CPython's `rsplit_whitespace`, the mirror image of [`split_whitespace`].
fn rsplit_whitespace(s: &str, max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    let mut count = 0;
    loop {
        rest = rest.trim_end_matches(is_space);
        if rest.is_empty() {
            break;
        }
        if count == max {
            out.push(rest);
            break;
        }
        let start = rest
            .char_indices()
            .rev()
            .find(|&(_, c)| is_space(c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        out.push(&rest[start..]);
        rest = &rest[..start];
        count += 1;
    }
    out.reverse();
    out
}

/// Is `c` a line boundary for `str.splitlines`?
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `s.splitlines(keepends=False)` for the str `recv`.
pub fn splitlines(recv: Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(obj) = as_str_obj(recv) else {
        return type_error("splitlines: receiver is not a str");
    };
    // SAFETY: `recv` is a live str.
    let s = unsafe { str_slice(recv) };
    let ascii = obj.is_ascii();
    let keepends = if kw.is_empty() && args.is_empty() {
        false
    } else {
        let b = bind("splitlines", args, kw, &["keepends"], 1)?;
        match b[0] {
            Some(v) => int_flag(v)?,
            None => false,
        }
    };
    let mut out = Vec::new();
    let mut rest = s;
    while !rest.is_empty() {
        let found = if ascii {
            let i = next_ascii_line_break(rest.as_bytes());
            (i < rest.len()).then(|| (i, char::from(rest.as_bytes()[i])))
        } else {
            rest.char_indices().find(|&(_, c)| is_line_break(c))
        };
        let (line_end, next) = match found {
            Some((i, '\r')) if rest[i + 1..].starts_with('\n') => (i, i + 2),
            Some((i, c)) => (i, i + c.len_utf8()),
            None => (rest.len(), rest.len()),
        };
        out.push(str_new_piece(
            &rest[..if keepends { next } else { line_end }],
            ascii,
        ));
        rest = &rest[next..];
    }
    Ok(list_from_vec(out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtins::str_text;
    use crate::value::decref;

    #[test]
    fn short_byte_search_matches_position() {
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..5000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 40) as usize;
            let text: Vec<u8> = (0..len)
                .map(|k| {
                    [b',', b'a', 0x80, 0xff, 0x2b, 0x2d][((seed >> (k % 60)) as usize + k) % 6]
                })
                .collect();
            for sep in [b',', 0x80, 0xff, b'a', 0] {
                let expect = text.iter().position(|&c| c == sep);
                assert_eq!(find_byte_short(&text, sep), expect, "{text:?} {sep}");
            }
        }
    }

    #[test]
    fn ascii_line_break_scan_matches_bytewise() {
        let alphabet = b"ab\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x00\x09 \x0e~";
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..5000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 40) as usize;
            let text: Vec<u8> = (0..len)
                .map(|k| alphabet[((seed >> (k % 50)) as usize + k * 5) % alphabet.len()])
                .collect();
            let expect = text
                .iter()
                .position(|&b| matches!(b, b'\n' | b'\r' | 0x0b | 0x0c | 0x1c..=0x1e))
                .unwrap_or(text.len());
            assert_eq!(next_ascii_line_break(&text), expect, "{text:?}");
        }
    }

    #[test]
    fn ascii_whitespace_split_matches_general() {
        let alphabet = b"ab \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x00\x01\x08\x0e\x1b!~";
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..3000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 40) as usize;
            let text: String = (0..len)
                .map(|k| {
                    char::from(alphabet[((seed >> (k % 50)) as usize + k * 7) % alphabet.len()])
                })
                .collect();
            for max in [0, 1, 2, usize::MAX] {
                let fast: Vec<String> = split_ascii_whitespace(&text, max)
                    .into_iter()
                    .map(|v| {
                        let t = str_text(v).unwrap();
                        decref(v);
                        t
                    })
                    .collect();
                let slow: Vec<&str> = split_whitespace(&text, max);
                assert_eq!(fast, slow, "{text:?} max {max}");
            }
        }
    }
}
