//! The codecs of `str.encode` and `bytes.decode`: UTF-8, UTF-16 and UTF-32
//! (with a byte-order mark, or explicitly little/big endian), ASCII,
//! Latin-1 and cp1252, with CPython's error handlers and messages.
//!
//! Every handler CPython knows works as in CPython except where its result
//! would hold a lone surrogate, which Molt's `str` cannot: a decode in
//! which `surrogateescape` or `surrogatepass` made one goes on as CPython
//! does (it may still fail with CPython's error) and then raises
//! `NotImplementedError`. `namereplace` needs the Unicode name table, which
//! Molt does not carry: it raises `NotImplementedError` when an error
//! occurs.
//!
//! Codecs CPython reaches through its codec registry rather than a C fast
//! path (all but `utf-8`, `utf-16`, `utf-32`, `ascii` and `latin-1` under
//! their main names) wrap a TypeError or LookupError of an error handler:
//! `decoding with 'cp1252' codec failed (TypeError: ...)`.

use crate::exc::{
    final_line, molt_err_fetch, pending_kind, raise, type_error, PyResult, EXC_LOOKUP_ERROR,
    EXC_NOT_IMPLEMENTED_ERROR, EXC_TYPE_ERROR, EXC_UNICODE_DECODE_ERROR, EXC_UNICODE_ENCODE_ERROR,
};
use crate::value::{type_name, view, Obj, UNBOUND};
use crate::Value;

/// Byte order of a UTF-16/UTF-32 codec.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Order {
    /// Read a byte-order mark when decoding (little endian without one),
    /// write one (little endian) when encoding.
    Bom,
    Le,
    Be,
}

/// A codec Molt implements.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Codec {
    Utf8,
    Utf16(Order),
    Utf32(Order),
    Ascii,
    Latin1,
    Cp1252,
}

/// The codec modules of CPython's `encodings` package Molt implements, with
/// their aliases (`encodings.aliases`), after `normalize_encoding`.
const NAMES: &[(&str, Codec)] = &[
    ("utf_8", Codec::Utf8),
    ("utf8", Codec::Utf8),
    ("u8", Codec::Utf8),
    ("utf", Codec::Utf8),
    ("cp65001", Codec::Utf8),
    ("utf8_ucs2", Codec::Utf8),
    ("utf8_ucs4", Codec::Utf8),
    ("utf_16", Codec::Utf16(Order::Bom)),
    ("utf16", Codec::Utf16(Order::Bom)),
    ("u16", Codec::Utf16(Order::Bom)),
    ("utf_16_le", Codec::Utf16(Order::Le)),
    ("utf_16le", Codec::Utf16(Order::Le)),
    ("unicodelittleunmarked", Codec::Utf16(Order::Le)),
    ("utf_16_be", Codec::Utf16(Order::Be)),
    ("utf_16be", Codec::Utf16(Order::Be)),
    ("unicodebigunmarked", Codec::Utf16(Order::Be)),
    ("utf_32", Codec::Utf32(Order::Bom)),
    ("utf32", Codec::Utf32(Order::Bom)),
    ("u32", Codec::Utf32(Order::Bom)),
    ("utf_32_le", Codec::Utf32(Order::Le)),
    ("utf_32le", Codec::Utf32(Order::Le)),
    ("utf_32_be", Codec::Utf32(Order::Be)),
    ("utf_32be", Codec::Utf32(Order::Be)),
    ("ascii", Codec::Ascii),
    ("646", Codec::Ascii),
    ("ansi_x3.4_1968", Codec::Ascii),
    ("ansi_x3.4_1986", Codec::Ascii),
    ("ansi_x3_4_1968", Codec::Ascii),
    ("cp367", Codec::Ascii),
    ("csascii", Codec::Ascii),
    ("ibm367", Codec::Ascii),
    ("iso646_us", Codec::Ascii),
    ("iso_646.irv_1991", Codec::Ascii),
    ("iso_ir_6", Codec::Ascii),
    ("us", Codec::Ascii),
    ("us_ascii", Codec::Ascii),
    ("latin_1", Codec::Latin1),
    ("8859", Codec::Latin1),
    ("cp819", Codec::Latin1),
    ("csisolatin1", Codec::Latin1),
    ("ibm819", Codec::Latin1),
    ("iso8859", Codec::Latin1),
    ("iso8859_1", Codec::Latin1),
    ("iso_8859_1", Codec::Latin1),
    ("iso_8859_1_1987", Codec::Latin1),
    ("iso_ir_100", Codec::Latin1),
    ("l1", Codec::Latin1),
    ("latin", Codec::Latin1),
    ("latin1", Codec::Latin1),
    ("cp1252", Codec::Cp1252),
    ("1252", Codec::Cp1252),
    ("windows_1252", Codec::Cp1252),
];

/// cp1252's bytes 0x80..0xA0 (0 = undefined); the rest is Latin-1.
const CP1252_HIGH: [u16; 32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
    0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
];

/// CPython's `encodings.normalize_encoding` after the codec registry's
/// lower-casing: runs of characters other than ASCII letters, digits and
/// `.` become one `_`, leading and trailing ones dropped.
fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if pending && !out.is_empty() {
                out.push('_');
            }
            pending = false;
            out.push(c.to_ascii_lowercase());
        } else {
            pending = true;
        }
    }
    out
}

fn codec_of(name: &str) -> PyResult<Codec> {
    let norm = normalize(name);
    match NAMES.iter().find(|(n, _)| *n == norm) {
        Some(&(_, c)) => Ok(c),
        None => raise(EXC_LOOKUP_ERROR, &format!("unknown encoding: {name}")),
    }
}

/// The codec's name in error messages.
fn codec_name(c: Codec, big: bool) -> &'static str {
    match c {
        Codec::Utf8 => "utf-8",
        Codec::Utf16(_) if big => "utf-16-be",
        Codec::Utf16(_) => "utf-16-le",
        Codec::Utf32(_) if big => "utf-32-be",
        Codec::Utf32(_) => "utf-32-le",
        Codec::Ascii => "ascii",
        Codec::Latin1 => "latin-1",
        Codec::Cp1252 => "charmap",
    }
}

/// An error handler, by name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    XmlCharRefReplace,
    BackslashReplace,
    NameReplace,
    SurrogateEscape,
    SurrogatePass,
}

/// The handler named `name`: LookupError when unknown (CPython looks it up
/// at the first error, so an unknown name is harmless without one).
fn handler_of(name: &str) -> PyResult<Handler> {
    Ok(match name {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        "backslashreplace" => Handler::BackslashReplace,
        "namereplace" => Handler::NameReplace,
        "surrogateescape" => Handler::SurrogateEscape,
        "surrogatepass" => Handler::SurrogatePass,
        _ => {
            return raise(
                EXC_LOOKUP_ERROR,
                &format!("unknown error handler name '{name}'"),
            )
        }
    })
}

/// The `(codec, encoding as given, errors)` of an encode/decode call.
fn codec_args(args: &[Value], what: &str) -> PyResult<(Codec, String, String)> {
    if args.len() > 2 {
        return type_error(&format!(
            "{what}() takes at most 2 arguments ({} given)",
            args.len()
        ));
    }
    let arg = |i: usize, name: &str, default: &str| -> PyResult<String> {
        match args.get(i).map(|&v| (v, view(v))) {
            None => Ok(default.to_string()),
            Some((v, _)) if v == UNBOUND => Ok(default.to_string()),
            Some((_, Obj::Str(s))) => Ok(s.to_string()),
            Some((v, _)) => type_error(&format!(
                "{what}() argument '{name}' must be str, not {}",
                type_name(v)
            )),
        }
    };
    let enc = arg(0, "encoding", "utf-8")?;
    let errors = arg(1, "errors", "strict")?;
    Ok((codec_of(&enc)?, enc, errors))
}

/// `r`, with a TypeError or LookupError raised inside a codec CPython
/// reaches through its registry wrapped as `_PyCodec_DecodeText` does.
fn wrap_codec_error<T>(r: PyResult<T>, op: &str, encoding: &str) -> PyResult<T> {
    let fast = matches!(
        normalize(encoding).as_str(),
        "utf8"
            | "utf_8"
            | "utf16"
            | "utf_16"
            | "utf32"
            | "utf_32"
            | "ascii"
            | "us_ascii"
            | "latin1"
            | "latin_1"
            | "iso_8859_1"
            | "iso8859_1"
    );
    match pending_kind() {
        Some(kind @ (EXC_TYPE_ERROR | EXC_LOOKUP_ERROR)) if r.is_err() && !fast => {
            let exc = molt_err_fetch();
            let line = final_line(exc);
            crate::value::decref(exc);
            raise(
                kind,
                &format!("{op} with '{encoding}' codec failed ({line})"),
            )
        }
        _ => r,
    }
}

fn surrogates_unsupported<T>() -> PyResult<T> {
    raise(
        EXC_NOT_IMPLEMENTED_ERROR,
        "lone surrogates in str are not supported by Molt",
    )
}

// ---------------------------------------------------------------- decoding

/// A decoder's state: the output so far and what its errors need.
struct Decoder<'a> {
    data: &'a [u8],
    codec: Codec,
    errors: &'a str,
    /// Whether a UTF-16/32 decoder reads big endian (for its name).
    big: bool,
    /// A handler made a lone surrogate (left out of `out`).
    lost_surrogate: bool,
    out: String,
}

impl Decoder<'_> {
    /// Handles the undecodable bytes `start..end` with the error handler;
    /// returns where decoding goes on.
    fn error(&mut self, start: usize, end: usize, reason: &str) -> PyResult<usize> {
        let bad = &self.data[start..end];
        match handler_of(self.errors)? {
            Handler::Strict => {}
            Handler::Ignore => return Ok(end),
            Handler::Replace => {
                self.out.push('\u{fffd}');
                return Ok(end);
            }
            Handler::BackslashReplace => {
                for b in bad {
                    self.out.push_str(&format!("\\x{b:02x}"));
                }
                return Ok(end);
            }
            Handler::XmlCharRefReplace | Handler::NameReplace => {
                return type_error("don't know how to handle UnicodeDecodeError in error callback")
            }
            // It escapes up to four leading bytes >= 128 as lone
            // surrogates; it refuses an ASCII byte.
            Handler::SurrogateEscape if bad[0] >= 0x80 => {
                self.lost_surrogate = true;
                let n = bad.iter().take(4).take_while(|&&b| b >= 0x80).count();
                return Ok(start + n);
            }
            Handler::SurrogateEscape => {}
            Handler::SurrogatePass => {
                if let Some(n) = self.encoded_surrogate_len(start) {
                    self.lost_surrogate = true;
                    return Ok(start + n);
                }
            }
        }
        let what = if end - start > 1 {
            format!("bytes in position {start}-{}", end - 1)
        } else {
            format!("byte 0x{:02x} in position {start}", bad[0])
        };
        raise(
            EXC_UNICODE_DECODE_ERROR,
            &format!(
                "'{}' codec can't decode {what}: {reason}",
                codec_name(self.codec, self.big)
            ),
        )
    }

    /// The length of the surrogate the bytes at `start` encode in this
    /// codec, if they do (what `surrogatepass` decodes).
    fn encoded_surrogate_len(&self, start: usize) -> Option<usize> {
        let d = &self.data[start..];
        let surrogate = |u: u32| (0xd800..0xe000).contains(&u);
        match self.codec {
            Codec::Utf8 => {
                let ok = d.len() >= 3
                    && d[0] == 0xed
                    && (0xa0..0xc0).contains(&d[1])
                    && d[2] & 0xc0 == 0x80;
                ok.then_some(3)
            }
            Codec::Utf16(_) => (d.len() >= 2 && surrogate(self.unit16(start))).then_some(2),
            Codec::Utf32(_) => (d.len() >= 4 && surrogate(self.unit32(start))).then_some(4),
            _ => None,
        }
    }

    fn unit16(&self, i: usize) -> u32 {
        let b = [self.data[i], self.data[i + 1]];
        u32::from(if self.big {
            u16::from_be_bytes(b)
        } else {
            u16::from_le_bytes(b)
        })
    }

    fn unit32(&self, i: usize) -> u32 {
        let b = [
            self.data[i],
            self.data[i + 1],
            self.data[i + 2],
            self.data[i + 3],
        ];
        if self.big {
            u32::from_be_bytes(b)
        } else {
            u32::from_le_bytes(b)
        }
    }

    fn push_code(&mut self, cp: u32) {
        self.out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
    }

    fn run(&mut self) -> PyResult<()> {
        match self.codec {
            Codec::Latin1 => self.out.extend(self.data.iter().map(|&b| char::from(b))),
            Codec::Ascii | Codec::Cp1252 => self.single_byte()?,
            Codec::Utf8 => self.utf8()?,
            Codec::Utf16(order) => self.utf16(order)?,
            Codec::Utf32(order) => self.utf32(order)?,
        }
        Ok(())
    }

    fn single_byte(&mut self) -> PyResult<()> {
        let (codec, data) = (self.codec, self.data);
        let mut i = 0;
        while i < data.len() {
            let b = data[i];
            let cp = match (codec, b) {
                (_, 0..=0x7f) => u32::from(b),
                (Codec::Cp1252, 0x80..=0x9f) => u32::from(CP1252_HIGH[usize::from(b - 0x80)]),
                (Codec::Cp1252, _) => u32::from(b),
                _ => 0,
            };
            if cp == 0 && b != 0 {
                let reason = match codec {
                    Codec::Ascii => "ordinal not in range(128)",
                    _ => "character maps to <undefined>",
                };
                i = self.error(i, i + 1, reason)?;
            } else {
                self.push_code(cp);
                i += 1;
            }
        }
        Ok(())
    }

    fn utf8(&mut self) -> PyResult<()> {
        let data = self.data;
        let mut pos = 0;
        loop {
            match std::str::from_utf8(&data[pos..]) {
                Ok(s) => {
                    self.out.push_str(s);
                    return Ok(());
                }
                Err(e) => {
                    let good = e.valid_up_to();
                    let valid = std::str::from_utf8(&data[pos..pos + good]).unwrap_or_default();
                    self.out.push_str(valid);
                    let start = pos + good;
                    // Rust's error lengths are the maximal subparts CPython
                    // reports too.
                    let (bad_len, reason) = match e.error_len() {
                        None => (data.len() - start, "unexpected end of data"),
                        Some(n) => {
                            let b = data[start];
                            let invalid_start = n == 1 && ((0x80..0xc2).contains(&b) || b >= 0xf5);
                            let reason = if invalid_start {
                                "invalid start byte"
                            } else {
                                "invalid continuation byte"
                            };
                            (n, reason)
                        }
                    };
                    pos = self.error(start, start + bad_len, reason)?;
                }
            }
        }
    }

    /// Reads a byte-order mark of `mark` bytes (`FF FE ..` little endian,
    /// `.. FE FF` big endian); returns where the text starts.
    fn bom(&mut self, order: Order, le: &[u8], be: &[u8]) -> usize {
        self.big = order == Order::Be;
        if order != Order::Bom {
            return 0;
        }
        if self.data.starts_with(le) {
            le.len()
        } else if self.data.starts_with(be) {
            self.big = true;
            be.len()
        } else {
            0
        }
    }

    fn utf16(&mut self, order: Order) -> PyResult<()> {
        let n = self.data.len();
        let mut pos = self.bom(order, b"\xff\xfe", b"\xfe\xff");
        while pos < n {
            if n - pos < 2 {
                pos = self.error(pos, n, "truncated data")?;
                continue;
            }
            let u = self.unit16(pos);
            if !(0xd800..0xe000).contains(&u) {
                self.push_code(u);
                pos += 2;
            } else if u >= 0xdc00 {
                pos = self.error(pos, pos + 2, "illegal encoding")?;
            } else if n - pos < 4 {
                pos = self.error(pos, n, "unexpected end of data")?;
            } else {
                let u2 = self.unit16(pos + 2);
                if (0xdc00..0xe000).contains(&u2) {
                    self.push_code(0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00));
                    pos += 4;
                } else {
                    pos = self.error(pos, pos + 2, "illegal UTF-16 surrogate")?;
                }
            }
        }
        Ok(())
    }

    fn utf32(&mut self, order: Order) -> PyResult<()> {
        let n = self.data.len();
        let mut pos = self.bom(order, b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff");
        while pos < n {
            if n - pos < 4 {
                pos = self.error(pos, n, "truncated data")?;
                continue;
            }
            let u = self.unit32(pos);
            if u > 0x10ffff {
                pos = self.error(pos, pos + 4, "code point not in range(0x110000)")?;
            } else if (0xd800..0xe000).contains(&u) {
                pos = self.error(
                    pos,
                    pos + 4,
                    "code point in surrogate code point range(0xd800, 0xe000)",
                )?;
            } else {
                self.push_code(u);
                pos += 4;
            }
        }
        Ok(())
    }
}

/// Decodes `data` to Rust text with CPython's errors.
fn decode_text(data: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    if data.is_ascii() && matches!(codec, Codec::Utf8 | Codec::Ascii | Codec::Latin1) {
        return Ok(String::from_utf8_lossy(data).into_owned());
    }
    let mut d = Decoder {
        data,
        codec,
        errors,
        big: false,
        lost_surrogate: false,
        out: String::with_capacity(data.len()),
    };
    d.run()?;
    if d.lost_surrogate {
        return surrogates_unsupported();
    }
    Ok(d.out)
}

// ---------------------------------------------------------------- encoding

/// The byte `c` encodes to in a single-byte codec, if any.
fn single_byte(codec: Codec, c: char) -> Option<u8> {
    let cp = c as u32;
    match codec {
        Codec::Ascii if cp < 0x80 => Some(cp as u8),
        Codec::Latin1 if cp < 0x100 => Some(cp as u8),
        Codec::Cp1252 if cp < 0x80 || (0xa0..0x100).contains(&cp) => Some(cp as u8),
        Codec::Cp1252 => CP1252_HIGH
            .iter()
            .position(|&u| u != 0 && u32::from(u) == cp)
            .map(|i| 0x80 + i as u8),
        _ => None,
    }
}

/// Appends one character's code units to the output (`true`: big endian).
type PushUnits = fn(char, &mut Vec<u8>, bool);

/// Encodes `s` with CPython's errors.
fn encode_data(s: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    let (units, big): (PushUnits, bool) = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Utf16(order) => (push_utf16, order == Order::Be),
        Codec::Utf32(order) => (push_utf32, order == Order::Be),
        _ => return encode_single_byte(s, codec, errors),
    };
    let mut out = Vec::with_capacity(s.len() * 2 + 4);
    if matches!(codec, Codec::Utf16(Order::Bom) | Codec::Utf32(Order::Bom)) {
        units('\u{feff}', &mut out, false);
    }
    for c in s.chars() {
        units(c, &mut out, big);
    }
    Ok(out)
}

fn push_utf16(c: char, out: &mut Vec<u8>, big: bool) {
    let mut buf = [0u16; 2];
    for u in c.encode_utf16(&mut buf) {
        out.extend(if big {
            u.to_be_bytes()
        } else {
            u.to_le_bytes()
        });
    }
}

fn push_utf32(c: char, out: &mut Vec<u8>, big: bool) {
    let u = c as u32;
    out.extend(if big {
        u.to_be_bytes()
    } else {
        u.to_le_bytes()
    });
}

/// ASCII, Latin-1 and cp1252: a run of characters the codec cannot encode
/// goes to the error handler at once, as in CPython.
fn encode_single_byte(s: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    if s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        if let Some(b) = single_byte(codec, chars[i]) {
            out.push(b);
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && single_byte(codec, chars[i]).is_none() {
            i += 1;
        }
        let run = &chars[start..i];
        match handler_of(errors)? {
            Handler::Ignore => {}
            Handler::Replace => out.extend(std::iter::repeat_n(b'?', run.len())),
            Handler::XmlCharRefReplace => {
                for &c in run {
                    out.extend(format!("&#{};", c as u32).bytes());
                }
            }
            Handler::BackslashReplace => {
                for &c in run {
                    out.extend(escape(c).bytes());
                }
            }
            Handler::NameReplace => {
                return raise(
                    EXC_NOT_IMPLEMENTED_ERROR,
                    "the 'namereplace' error handler is not supported by Molt",
                )
            }
            // No character of a Molt str is a surrogate, so these refuse
            // as `strict` does.
            Handler::Strict | Handler::SurrogateEscape | Handler::SurrogatePass => {
                let what = if run.len() > 1 {
                    format!("characters in position {start}-{}", i - 1)
                } else {
                    format!("character '{}' in position {start}", escape(run[0]))
                };
                let reason = match codec {
                    Codec::Ascii => "ordinal not in range(128)",
                    Codec::Latin1 => "ordinal not in range(256)",
                    _ => "character maps to <undefined>",
                };
                return raise(
                    EXC_UNICODE_ENCODE_ERROR,
                    &format!(
                        "'{}' codec can't encode {what}: {reason}",
                        codec_name(codec, false)
                    ),
                );
            }
        }
    }
    Ok(out)
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
fn escape(c: char) -> String {
    let cp = c as u32;
    if cp < 0x100 {
        format!("\\x{cp:02x}")
    } else if cp < 0x10000 {
        format!("\\u{cp:04x}")
    } else {
        format!("\\U{cp:08x}")
    }
}

/// `s.encode(encoding="utf-8", errors="strict")` (positional arguments; unbound = default).
pub fn str_encode(s: &str, args: &[Value]) -> PyResult<Value> {
    let (codec, encoding, errors) = codec_args(args, "encode")?;
    let data = wrap_codec_error(encode_data(s, codec, &errors), "encoding", &encoding)?;
    super::bytes_from(&data)
}

/// `b.decode(encoding="utf-8", errors="strict")`.
pub fn bytes_decode(data: &[u8], args: &[Value]) -> PyResult<Value> {
    let (codec, encoding, errors) = codec_args(args, "decode")?;
    let text = wrap_codec_error(decode_text(data, codec, &errors), "decoding", &encoding)?;
    Ok(crate::str::str_new(&text))
}
