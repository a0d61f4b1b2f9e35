//! `str.format` and `str.format_map`: CPython's `unicode_format.h`.
//!
//! The template is scanned once, left to right, as CPython's
//! `MarkupIterator` does: literal text, then one replacement field
//! `{name!conv:spec}` whose object is looked up, converted, and rendered
//! with its spec (itself expanded first if it holds nested fields, at most
//! two levels deep). Automatic numbering (`{}`) is shared across the nested
//! levels, as in CPython.

use super::{key_error, GetItem, Owned};
use crate::builtins::{slice, to_repr, to_str};
use crate::exc::{
    raise, ret, type_error, value_error, PyResult, EXC_ATTRIBUTE_ERROR, EXC_INDEX_ERROR,
    EXC_NOT_IMPLEMENTED_ERROR,
};
use crate::format::{ascii_text, format_text};
use crate::int::{as_int, int_from_i64};
use crate::str::{str_new, unicode_decimal};
use crate::value::{float_value, incref, small, type_name, view, Obj};
use crate::Value;

/// Where named fields (`{name}`) are looked up.
#[derive(Clone, Copy)]
enum Named<'a> {
    /// `str.format(**kwargs)`.
    Kwargs(&'a [(&'a str, Value)]),
    /// `str.format_map(mapping)`: `getitem(mapping, name)`.
    Mapping(Value, GetItem),
}

/// CPython's `AutoNumberState`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum AutoNumber {
    Init,
    Auto,
    Manual,
}

/// One `format` call.
struct Formatter<'a> {
    /// Positional arguments; `None` for `format_map`.
    args: Option<&'a [Value]>,
    named: Named<'a>,
    auto: AutoNumber,
    /// The next automatic field number.
    next_auto: i64,
}

/// A parsed replacement field: ranges into the template.
struct Field {
    name: std::ops::Range<usize>,
    conversion: Option<char>,
    spec: std::ops::Range<usize>,
    /// The spec holds `{`: expand it before use.
    spec_has_fields: bool,
}

/// `fmt.format(*args, **kwargs)` as a new str value.
///
/// # Errors
/// CPython's `ValueError`s for malformed templates, `IndexError` /
/// `KeyError` for missing arguments, and whatever a lookup, conversion or
/// spec raises.
pub fn str_format(fmt: &str, args: &[Value], kwargs: &[(&str, Value)]) -> PyResult<Value> {
    format_text_with(fmt, Some(args), Named::Kwargs(kwargs)).map(|s| str_new(&s))
}

/// `fmt.format_map(mapping)` as a new str value: named fields are
/// `mapping[name]`; positional fields raise ValueError.
///
/// # Errors
/// As [`str_format`], plus what `mapping[name]` raises.
pub fn str_format_map(fmt: &str, mapping: Value) -> PyResult<Value> {
    format_map_text(fmt, mapping, crate::seq::getitem).map(|s| str_new(&s))
}

/// `format_map` as Rust text, looking names up with `getitem`.
pub(super) fn format_map_text(fmt: &str, mapping: Value, getitem: GetItem) -> PyResult<String> {
    format_text_with(fmt, None, Named::Mapping(mapping, getitem))
}

/// The shared body of `format` and `format_map`.
fn format_text_with(fmt: &str, args: Option<&[Value]>, named: Named) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut f = Formatter {
        args,
        named,
        auto: AutoNumber::Init,
        next_auto: 0,
    };
    // PEP 3101: two levels, so "{0:{1}}" works and "{0:{1:{2}}}" does not.
    f.build_string(&chars, 2)
}

/// `molt_str_format(fmt, args, nargs, kw, nkw)`: `fmt.format(*args,
/// **kwargs)`, where `kw` holds `nkw` (name, value) pairs flattened (names
/// are strs). All arguments borrowed.
///
/// # Safety
/// `args` points to `nargs` readable values and `kw` to `2 * nkw`.
#[no_mangle]
pub unsafe extern "C" fn molt_str_format(
    fmt: Value,
    args: *const Value,
    nargs: usize,
    kw: *const Value,
    nkw: usize,
) -> Value {
    // SAFETY: per the contract.
    let (args, kw) = unsafe { (slice(args, nargs), slice(kw, 2 * nkw)) };
    let Obj::Str(fmt) = view(fmt) else {
        return ret(type_error("format() requires a str template"));
    };
    let mut kwargs = Vec::with_capacity(nkw);
    for pair in kw.chunks_exact(2) {
        let Obj::Str(name) = view(pair[0]) else {
            return ret(type_error("keywords must be strings"));
        };
        kwargs.push((name, pair[1]));
    }
    ret(str_format(fmt, args, &kwargs))
}

/// `molt_str_format_map(fmt, mapping)`: `fmt.format_map(mapping)`.
#[no_mangle]
pub extern "C" fn molt_str_format_map(fmt: Value, mapping: Value) -> Value {
    match view(fmt) {
        Obj::Str(s) => ret(str_format_map(s, mapping)),
        _ => ret(type_error("format_map() requires a str template")),
    }
}

/// CPython's `get_integer` on a field-name part: `Ok(None)` unless every
/// character is a (Unicode) decimal digit.
fn get_integer(s: &[char]) -> PyResult<Option<i64>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: i64 = 0;
    for &c in s {
        let d = match c {
            '0'..='9' => c as i64 - '0' as i64,
            _ if c.is_ascii() => return Ok(None),
            _ => match unicode_decimal(c) {
                Some(d) => d as i64,
                None => return Ok(None),
            },
        };
        if acc > (i64::MAX - d) / 10 {
            return value_error("Too many decimal digits in format string");
        }
        acc = acc * 10 + d;
    }
    Ok(Some(acc))
}

/// Text of a char slice.
fn text(s: &[char]) -> String {
    s.iter().collect()
}

impl Formatter<'_> {
    /// CPython's `build_string` + `do_markup`.
    fn build_string(&mut self, s: &[char], depth: i32) -> PyResult<String> {
        if depth <= 0 {
            return value_error("Max string recursion exceeded");
        }
        let mut out = String::with_capacity(s.len() + 100);
        let mut pos = 0;
        while pos < s.len() {
            let (literal, field) = next_markup(s, &mut pos)?;
            out.extend(&s[literal]);
            if let Some(field) = field {
                self.output_markup(s, &field, depth, &mut out)?;
            }
        }
        Ok(out)
    }

    /// CPython's `output_markup`: look up, convert, expand the spec, render.
    fn output_markup(
        &mut self,
        s: &[char],
        field: &Field,
        depth: i32,
        out: &mut String,
    ) -> PyResult<()> {
        let mut obj = self.field_object(&s[field.name.clone()])?;
        // A NUL conversion character counts as none, as in CPython.
        if let Some(conv) = field.conversion.filter(|&c| c != '\0') {
            obj = Owned(match conv {
                'r' => to_repr(obj.0)?,
                's' => to_str(obj.0)?,
                'a' => str_new(&ascii_text(obj.0)?),
                c if ('\x21'..'\x7f').contains(&c) => {
                    return value_error(&format!("Unknown conversion specifier {c}"))
                }
                c => {
                    return value_error(&format!("Unknown conversion specifier \\x{:x}", c as u32))
                }
            });
        }
        let spec = if field.spec_has_fields {
            self.build_string(&s[field.spec.clone()], depth - 1)?
        } else {
            text(&s[field.spec.clone()])
        };
        match format_text(obj.0, &spec)? {
            Some(t) => out.push_str(&t),
            None => match view(obj.0) {
                Obj::Str(t) => out.push_str(t),
                _ => out.push_str(&crate::builtins::str_text(obj.0)?),
            },
        }
        Ok(())
    }

    /// CPython's `get_field_object`: the argument named by the part before
    /// the first `.`/`[`, then each attribute or item access in turn.
    fn field_object(&mut self, name: &[char]) -> PyResult<Owned> {
        let split = name
            .iter()
            .position(|&c| c == '.' || c == '[')
            .unwrap_or(name.len());
        let (first, rest) = name.split_at(split);
        let mut index = get_integer(first)?;
        let empty = first.is_empty();
        if empty || index.is_some() {
            if self.auto == AutoNumber::Init {
                self.auto = if empty {
                    AutoNumber::Auto
                } else {
                    AutoNumber::Manual
                };
            }
            if self.auto == AutoNumber::Manual && empty {
                return value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                );
            }
            if self.auto != AutoNumber::Manual && !empty {
                return value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                );
            }
            if empty {
                index = Some(self.next_auto);
                self.next_auto += 1;
            }
        }
        let mut obj = match index {
            None => self.named_arg(&text(first))?,
            Some(i) => {
                let Some(args) = self.args else {
                    return value_error("Format string contains positional fields");
                };
                match args.get(i as usize) {
                    Some(&v) => {
                        incref(v);
                        Owned(v)
                    }
                    None => {
                        return raise(
                            EXC_INDEX_ERROR,
                            &format!(
                                "Replacement index {i} out of range for positional args tuple"
                            ),
                        )
                    }
                }
            }
        };
        let mut pos = 0;
        while pos < rest.len() {
            let c = rest[pos];
            pos += 1;
            let start = pos;
            let is_attr = match c {
                '.' => {
                    while pos < rest.len() && rest[pos] != '.' && rest[pos] != '[' {
                        pos += 1;
                    }
                    true
                }
                '[' => {
                    while pos < rest.len() && rest[pos] != ']' {
                        pos += 1;
                    }
                    if pos == rest.len() {
                        return value_error("Missing ']' in format string");
                    }
                    pos += 1;
                    false
                }
                _ => {
                    return value_error("Only '.' or '[' may follow ']' in format field specifier")
                }
            };
            let part = &rest[start..if is_attr { pos } else { pos - 1 }];
            let idx = if is_attr { None } else { get_integer(part)? };
            if part.is_empty() {
                return value_error("Empty attribute in format string");
            }
            obj = if is_attr {
                get_attr(obj.0, &text(part))?
            } else {
                let key = Owned(match idx {
                    Some(i) => int_from_i64(i),
                    None => str_new(&text(part)),
                });
                Owned(crate::seq::getitem(obj.0, key.0)?)
            };
        }
        Ok(obj)
    }

    /// `kwargs[name]` / `mapping[name]`.
    fn named_arg(&self, name: &str) -> PyResult<Owned> {
        match self.named {
            Named::Kwargs(pairs) => match pairs.iter().find(|(k, _)| *k == name) {
                Some(&(_, v)) => {
                    incref(v);
                    Ok(Owned(v))
                }
                None => {
                    let key = Owned(str_new(name));
                    key_error(key.0)
                }
            },
            Named::Mapping(m, getitem) => {
                let key = Owned(str_new(name));
                getitem(m, key.0).map(Owned)
            }
        }
    }
}

/// CPython's `MarkupIterator_next`: the literal text up to the next field
/// (a range of `s`) and the field, if one follows; advances `pos`.
fn next_markup(s: &[char], pos: &mut usize) -> PyResult<(std::ops::Range<usize>, Option<Field>)> {
    let end = s.len();
    let start = *pos;
    let mut c = '\0';
    let mut markup_follows = false;
    while *pos < end {
        c = s[*pos];
        *pos += 1;
        if c == '{' || c == '}' {
            markup_follows = true;
            break;
        }
    }
    let at_end = *pos >= end;
    let mut len = *pos - start;
    if c == '}' && markup_follows && (at_end || s[*pos] != '}') {
        return value_error("Single '}' encountered in format string");
    }
    if at_end && c == '{' && markup_follows {
        return value_error("Single '{' encountered in format string");
    }
    if !at_end {
        if s[*pos] == c {
            // An escaped brace: the literal keeps one, no field follows.
            *pos += 1;
            markup_follows = false;
        } else {
            len -= 1;
        }
    }
    let literal = start..start + len;
    if !markup_follows {
        return Ok((literal, None));
    }
    parse_field(s, pos).map(|f| (literal, Some(f)))
}

/// CPython's `parse_field`: `name[!conv][:spec]}` starting at `pos`.
fn parse_field(s: &[char], pos: &mut usize) -> PyResult<Field> {
    let end = s.len();
    let name_start = *pos;
    let mut c = '\0';
    while *pos < end {
        c = s[*pos];
        *pos += 1;
        match c {
            '{' => return value_error("unexpected '{' in field name"),
            '[' => {
                while *pos < end && s[*pos] != ']' {
                    *pos += 1;
                }
            }
            '}' | ':' | '!' => break,
            _ => {}
        }
    }
    let name = name_start..(*pos - 1).max(name_start);
    let mut field = Field {
        name,
        conversion: None,
        spec: *pos..*pos,
        spec_has_fields: false,
    };
    if c == '!' || c == ':' {
        if c == '!' {
            let Some(&conv) = s.get(*pos) else {
                return value_error("end of string while looking for conversion specifier");
            };
            *pos += 1;
            field.conversion = Some(conv);
            if let Some(&next) = s.get(*pos) {
                *pos += 1;
                if next == '}' {
                    field.spec = *pos..*pos;
                    return Ok(field);
                }
                if next != ':' {
                    return value_error("expected ':' after conversion specifier");
                }
            }
        }
        let spec_start = *pos;
        let mut count = 1;
        while *pos < end {
            let c = s[*pos];
            *pos += 1;
            match c {
                '{' => {
                    field.spec_has_fields = true;
                    count += 1;
                }
                '}' => {
                    count -= 1;
                    if count == 0 {
                        field.spec = spec_start..*pos - 1;
                        return Ok(field);
                    }
                }
                _ => {}
            }
        }
        return value_error("unmatched '{' in format spec");
    }
    if c != '}' {
        return value_error("expected '}' before end of string");
    }
    Ok(field)
}

/// Public (non-dunder) attribute names of the builtin types that
/// `molt_abi::attrs` does not list, from python3.11's `dir()`: a field
/// naming one of these exists in CPython.
const TUPLE_ATTRS: &[&str] = &["count", "index"];
const RANGE_ATTRS: &[&str] = &["count", "index", "start", "step", "stop"];
/// Exceptions: `BaseException`'s, plus `code` (SystemExit), `value`
/// (StopIteration), `name`/`obj` (NameError, AttributeError).
const EXC_ATTRS: &[&str] = &[
    "add_note",
    "args",
    "code",
    "name",
    "obj",
    "value",
    "with_traceback",
];

/// `obj.name` in a field: the numeric data attributes Molt can produce;
/// AttributeError (CPython's message) for names the type does not have;
/// NotImplementedError for names it has (methods, dunders) that Molt
/// cannot produce.
fn get_attr(obj: Value, name: &str) -> PyResult<Owned> {
    if let Some(r) = crate::instance::getattr(obj, name) {
        return r.map(Owned);
    }
    let known = match view(obj) {
        Obj::Int(_) | Obj::BigInt(_) | Obj::Bool(_) => {
            let v = match name {
                "real" | "numerator" => as_int(obj).map(|i| match i {
                    crate::int::IntRef::Small(x) => int_from_i64(x),
                    crate::int::IntRef::Big(_) => {
                        incref(obj);
                        obj
                    }
                }),
                "imag" => Some(small(0)),
                "denominator" => Some(small(1)),
                _ => None,
            };
            if let Some(v) = v {
                return Ok(Owned(v));
            }
            molt_abi::attrs::attrs_of("int")
        }
        Obj::Float(x) => match name {
            "real" => return Ok(Owned(float_value(x))),
            "imag" => return Ok(Owned(float_value(0.0))),
            _ => molt_abi::attrs::attrs_of("float"),
        },
        Obj::Str(_) => molt_abi::attrs::attrs_of("str"),
        Obj::Tuple(_) => Some(TUPLE_ATTRS),
        Obj::None => Some(&[][..]),
        Obj::Exc(_) => Some(EXC_ATTRS),
        _ => match type_name(obj) {
            t @ ("list" | "dict" | "set" | "frozenset") => molt_abi::attrs::attrs_of(t),
            "range" => Some(RANGE_ATTRS),
            _ => None,
        },
    };
    let dunder = name.len() > 4 && name.starts_with("__") && name.ends_with("__");
    match known {
        Some(names) if !dunder && !names.contains(&name) => raise(
            EXC_ATTRIBUTE_ERROR,
            &format!("'{}' object has no attribute '{name}'", type_name(obj)),
        ),
        _ => raise(
            EXC_NOT_IMPLEMENTED_ERROR,
            &format!(
                "attribute '{name}' of '{}' in a format field is not supported by Molt",
                type_name(obj)
            ),
        ),
    }
}
