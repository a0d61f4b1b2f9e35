//! Decoding a source file's bytes as CPython does (PEP 263).
//!
//! A UTF-8 byte-order mark is skipped; a `coding[:=]NAME` comment on the
//! first line, or on the second when the first holds only a comment or
//! blanks, names the encoding; without either the file is UTF-8. Molt
//! decodes UTF-8, Latin-1, ASCII and cp1252 under every name Python accepts
//! for them; another encoding Python knows is refused as unsupported, one it
//! does not know is CPython's `SyntaxError: encoding problem: NAME`.

mod codecs;

/// Why the bytes are not a source text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// `E0001` when CPython refuses the file too, `M0114` when only Molt
    /// does (an encoding it cannot decode).
    pub code: &'static str,
    /// The message, starting with the exception's name for `E0001`.
    pub message: String,
    /// The 1-based line the error is on.
    pub line: u32,
}

/// The encodings Molt decodes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Codec {
    Utf8,
    Latin1,
    Ascii,
    Cp1252,
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Decodes `bytes`, read from the file CPython would call `path` (used in
/// the message for undeclared non-UTF-8 bytes, as CPython words it).
///
/// # Errors
/// As CPython for an unknown encoding, a non-UTF-8 byte without a
/// declaration, undecodable bytes or a BOM with another encoding; `M0114`
/// for an encoding Python knows but Molt does not decode.
pub fn decode_source(bytes: &[u8], path: &str) -> Result<String, DecodeError> {
    let (bom, body) = match bytes.strip_prefix(BOM) {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let Some((name, line)) = declared_encoding(body) else {
        return decode_utf8(body, bom, path);
    };
    let normal = normal_name(&name);
    if bom && normal != "utf-8" {
        return Err(syntax_error(
            format!("encoding problem: {normal} with BOM"),
            line,
        ));
    }
    let codec = match lookup(&normal) {
        Lookup::Codec(codec) => codec,
        Lookup::Unsupported => {
            return Err(DecodeError {
                code: "M0114",
                message: format!(
                    "source encoding `{name}` is not supported; save the file as UTF-8 \
                     (or Latin-1, ASCII, cp1252)"
                ),
                line,
            })
        }
        Lookup::Unknown => return Err(syntax_error(format!("encoding problem: {normal}"), line)),
    };
    match codec {
        Codec::Utf8 => decode_utf8(body, true, path),
        Codec::Latin1 => Ok(body.iter().map(|&b| char::from(b)).collect()),
        Codec::Ascii => decode_table(body, |b| (b < 0x80).then_some(char::from(b)), &normal),
        Codec::Cp1252 => decode_table(body, cp1252, &normal),
    }
}

fn syntax_error(message: String, line: u32) -> DecodeError {
    DecodeError {
        code: "E0001",
        message: format!("SyntaxError: {message}"),
        line,
    }
}

/// The 1-based line of byte offset `at`.
fn line_of(bytes: &[u8], at: usize) -> u32 {
    bytes[..at.min(bytes.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count() as u32
        + 1
}

/// UTF-8, with CPython's message for a bad byte: without a declaration the
/// tokenizer's "Non-UTF-8 code", with one the codec's error.
fn decode_utf8(bytes: &[u8], declared: bool, path: &str) -> Result<String, DecodeError> {
    let err = match std::str::from_utf8(bytes) {
        Ok(text) => return Ok(text.to_string()),
        Err(err) => err,
    };
    let at = err.valid_up_to();
    let byte = bytes[at];
    let line = line_of(bytes, at);
    if !declared {
        return Err(syntax_error(
            format!(
                "Non-UTF-8 code starting with '\\x{byte:02x}' in file {path} on line {line}, \
                 but no encoding declared; see https://peps.python.org/pep-0263/ for details"
            ),
            line,
        ));
    }
    let reason = match err.error_len() {
        None => "unexpected end of data",
        Some(_) if (0x80..0xC2).contains(&byte) || byte > 0xF4 => "invalid start byte",
        Some(_) => "invalid continuation byte",
    };
    let line_start = bytes[..at]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    Err(DecodeError {
        code: "E0001",
        message: format!(
            "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0x{byte:02x} \
             in position {}: {reason}",
            at - line_start
        ),
        line,
    })
}

/// A single-byte encoding; CPython reports a byte it cannot decode as an
/// "encoding problem" naming the declared encoding.
fn decode_table(
    bytes: &[u8],
    decode: impl Fn(u8) -> Option<char>,
    name: &str,
) -> Result<String, DecodeError> {
    let mut text = String::with_capacity(bytes.len());
    for (i, &b) in bytes.iter().enumerate() {
        match decode(b) {
            Some(c) => text.push(c),
            None => {
                return Err(syntax_error(
                    format!("encoding problem: {name}"),
                    line_of(bytes, i),
                ))
            }
        }
    }
    Ok(text)
}

fn cp1252(b: u8) -> Option<char> {
    match b {
        0x80..=0x9F => {
            char::from_u32(codecs::CP1252_HIGH[usize::from(b - 0x80)]).filter(|&c| c != '\0')
        }
        _ => Some(char::from(b)),
    }
}

/// The encoding named by a coding comment on line 1, or on line 2 when
/// line 1 is only a comment or blank, with that line's number (CPython's
/// `check_coding_spec`).
fn declared_encoding(bytes: &[u8]) -> Option<(String, u32)> {
    let mut lines = bytes.split(|&b| b == b'\n');
    let first = lines.next()?;
    if let Some(name) = coding_spec(first) {
        return Some((name, 1));
    }
    let code_before_comment = first
        .iter()
        .take_while(|&&b| b != b'#' && b != b'\r')
        .any(|&b| !matches!(b, b' ' | b'\t' | b'\x0c'));
    if code_before_comment {
        return None;
    }
    let second = lines.next()?;
    coding_spec(second).map(|name| (name, 2))
}

/// `coding[:=][ \t]*NAME` in a line that is only a comment (CPython's
/// `get_coding_spec`).
fn coding_spec(line: &[u8]) -> Option<String> {
    let hash = line.iter().position(|&b| b == b'#')?;
    if line[..hash]
        .iter()
        .any(|&b| !matches!(b, b' ' | b'\t' | b'\x0c'))
    {
        return None;
    }
    let comment = &line[hash..];
    let mut i = 0;
    while i + 6 < comment.len() {
        if &comment[i..i + 6] == b"coding" && matches!(comment[i + 6], b':' | b'=') {
            let mut j = i + 7;
            while j < comment.len() && matches!(comment[j], b' ' | b'\t') {
                j += 1;
            }
            let start = j;
            while j < comment.len()
                && (comment[j].is_ascii_alphanumeric() || matches!(comment[j], b'-' | b'_' | b'.'))
            {
                j += 1;
            }
            if j > start {
                return Some(String::from_utf8_lossy(&comment[start..j]).into_owned());
            }
        }
        i += 1;
    }
    None
}

/// CPython's tokenizer spells the UTF-8 and Latin-1 families one way
/// (`get_normal_name`); other names stay as written.
fn normal_name(name: &str) -> String {
    let head: String = name
        .chars()
        .take(12)
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    let family = |base: &str| head == base || head.starts_with(&format!("{base}-"));
    if family("utf-8") {
        "utf-8".into()
    } else if family("latin-1") || family("iso-8859-1") || family("iso-latin-1") {
        "iso-8859-1".into()
    } else {
        name.to_string()
    }
}

enum Lookup {
    Codec(Codec),
    Unsupported,
    Unknown,
}

/// Looks `name` up as `encodings.search_function` does: normalised, then
/// through the alias table, then as a module name.
fn lookup(name: &str) -> Lookup {
    let lower = name.to_ascii_lowercase();
    let mut norm = String::new();
    for part in lower.split(|c: char| !c.is_ascii_alphanumeric() && c != '.') {
        if !part.is_empty() {
            if !norm.is_empty() {
                norm.push('_');
            }
            norm.push_str(part);
        }
    }
    let alias = |key: &str| {
        codecs::ALIASES
            .binary_search_by(|(a, _)| (*a).cmp(key))
            .ok()
            .map(|i| codecs::ALIASES[i].1)
    };
    let module = alias(&norm)
        .or_else(|| alias(&norm.replace('.', "_")))
        .unwrap_or(norm.as_str());
    match module {
        "utf_8" => Lookup::Codec(Codec::Utf8),
        "latin_1" => Lookup::Codec(Codec::Latin1),
        "ascii" => Lookup::Codec(Codec::Ascii),
        "cp1252" => Lookup::Codec(Codec::Cp1252),
        m if codecs::MODULES.contains(&m) => Lookup::Unsupported,
        _ => Lookup::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(bytes: &[u8]) -> Result<String, DecodeError> {
        decode_source(bytes, "/t.py")
    }

    fn message(bytes: &[u8]) -> String {
        decode(bytes).expect_err("not decodable").message
    }

    #[test]
    fn declarations_on_the_first_two_lines() {
        assert_eq!(
            decode(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n").unwrap(),
            "# -*- coding: latin-1 -*-\nx = '\u{e9}'\n"
        );
        assert_eq!(
            decode(b"#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\n'\x80'")
                .unwrap()
                .chars()
                .last(),
            Some('\'')
        );
        assert!(
            decode(b"#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\n'\x80'")
                .unwrap()
                .contains('\u{20ac}')
        );
        // Not on line 2 after code, not on line 3.
        assert!(message(b"x = 1\n# coding: latin-1\n'\xe9'\n")
            .contains("Non-UTF-8 code starting with '\\xe9' in file /t.py on line 3"));
        assert!(message(b"\n\n# coding: latin-1\n'\xe9'\n").contains("on line 4"));
    }

    #[test]
    fn names_as_python_looks_them_up() {
        for name in [
            "latin-1",
            "Latin_1",
            "iso-8859-1",
            "L1",
            "latin1",
            "utf8",
            "UTF-8",
            "u8",
            "ascii",
            "us-ascii",
            "646",
            "windows-1252",
        ] {
            let src = format!("# coding: {name}\nx = 1\n");
            assert!(decode(src.as_bytes()).is_ok(), "{name}");
        }
        assert_eq!(
            message(b"# coding: foobar\n"),
            "SyntaxError: encoding problem: foobar"
        );
        assert_eq!(
            message(b"# coding: base64\n"),
            "SyntaxError: encoding problem: base64"
        );
        assert_eq!(decode(b"# coding: cp1251\n").unwrap_err().code, "M0114");
    }

    #[test]
    fn bad_bytes_and_boms() {
        assert_eq!(
            message(b"# coding: ascii\nx = '\xe9'\n"),
            "SyntaxError: encoding problem: ascii"
        );
        assert_eq!(
            message(b"# coding: cp1252\nx = '\x81'\n"),
            "SyntaxError: encoding problem: cp1252"
        );
        assert_eq!(decode(b"\xEF\xBB\xBFx = 1\n").unwrap(), "x = 1\n");
        assert_eq!(
            message(b"\xEF\xBB\xBF# coding: latin-1\n"),
            "SyntaxError: encoding problem: iso-8859-1 with BOM"
        );
        assert_eq!(
            message(b"# coding: utf-8\nprint('caf\xe9 ok')\n"),
            "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xe9 in position 10: invalid continuation byte"
        );
    }
}
