//! String formatting with a template: CPython 3.11's printf-style
//! `str % args` ([`percent_format`], a port of `PyUnicode_Format` in
//! `Objects/unicodeobject.c`, also `bytes % args`: [`bytes_percent`]) and `str.format` / `str.format_map`
//! ([`str_format`], [`str_format_map`], a port of
//! `Objects/stringlib/unicode_format.h`).
//!
//! Both produce exactly CPython's text and raise CPython's exceptions with
//! its messages, in the same order (the first error CPython would hit is the
//! one raised). Each replacement field's spec is rendered by the format-spec
//! mini-language in [`format`](mod@crate::format), which `%` also reuses for
//! the digits of `e`/`f`/`g` conversions; padding, signs and the integer
//! conversions of `%` differ from `format()` and are done here.
//!
//! What Molt cannot reproduce raises `NotImplementedError` ("... not
//! supported by Molt") instead of a wrong answer: attribute fields
//! (`{0.attr}`) other than `real`/`imag`/`numerator`/`denominator` of numbers
//! when CPython would find the attribute, and `%c` of a lone surrogate.

mod fields;
mod percent;
#[cfg(test)]
mod tests;

pub use fields::{molt_str_format, molt_str_format_map, str_format, str_format_map};
pub use percent::{bytes_percent, molt_str_mod, percent_format};

use crate::exc::{new_exception, set_pending, PyResult, Raised, EXC_KEY_ERROR};
use crate::value::decref;
use crate::Value;

/// `obj[key]` as the formatting code looks items up: the runtime's
/// `seq::getitem` in production, a stand-in in unit tests (Molt's dicts
/// live elsewhere).
type GetItem = fn(Value, Value) -> PyResult<Value>;

/// Raises `KeyError(key)` (shown as `KeyError: <repr of key>`); `key` borrowed.
fn key_error<T>(key: Value) -> PyResult<T> {
    let display = crate::builtins::to_repr(key)?;
    let exc = new_exception(EXC_KEY_ERROR, key, display);
    decref(display);
    set_pending(exc);
    Err(Raised)
}

/// An owned reference, released when dropped (so `?` never leaks).
struct Owned(Value);

impl Drop for Owned {
    fn drop(&mut self) {
        decref(self.0);
    }
}
