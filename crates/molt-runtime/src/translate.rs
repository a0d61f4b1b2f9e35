//! `str.translate(table)` and `str.maketrans(x[, y[, z]])`, as CPython 3.11.

use crate::exc::EXC_LOOKUP_ERROR;
use crate::exc::{kind_is_subclass, pending_kind, ret, type_error, value_error, PyResult};
use crate::value::{decref, view, Obj, NONE, UNBOUND};
use crate::Value;

/// `s.translate(table)`: each character's code point is looked up in
/// `table` (any object supporting `[]`); a LookupError keeps the character,
/// None deletes it, an int or a str replaces it.
pub fn translate(s: &str, table: Value) -> PyResult<Value> {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let key = crate::int::int_from_i64(i64::from(u32::from(c)));
        let r = crate::seq::getitem(table, key);
        decref(key);
        let v = match r {
            Ok(v) => v,
            Err(e) => {
                if pending_kind().is_some_and(|k| kind_is_subclass(k, EXC_LOOKUP_ERROR)) {
                    crate::exc::molt_err_clear();
                    out.push(c);
                    continue;
                }
                return Err(e);
            }
        };
        let res = match view(v) {
            Obj::None => Ok(()),
            Obj::Str(t) => {
                out.push_str(t);
                Ok(())
            }
            Obj::Int(i) => match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(ch) if i < 0x110000 => {
                    out.push(ch);
                    Ok(())
                }
                _ => value_error("character mapping must be in range(0x110000)"),
            },
            Obj::Bool(b) => {
                out.push(if b { '\u{1}' } else { '\0' });
                Ok(())
            }
            _ => type_error("character mapping must return integer, None or str"),
        };
        decref(v);
        res?;
    }
    Ok(crate::str::str_new(&out))
}

/// `str.maketrans(x)` (a dict), `str.maketrans(x, y)` or `(x, y, z)`
/// (strs); unbound marks an absent argument.
pub fn maketrans(x: Value, y: Value, z: Value) -> PyResult<Value> {
    let d = crate::dict::new_dict();
    let r = fill(d, x, y, z);
    match r {
        Ok(()) => Ok(d),
        Err(e) => {
            decref(d);
            Err(e)
        }
    }
}

fn set_ord(d: Value, c: char, v: Value) -> PyResult<()> {
    let k = crate::int::int_from_i64(i64::from(u32::from(c)));
    let r = crate::subscript::setitem(d, k, v);
    decref(k);
    r
}

fn fill(d: Value, x: Value, y: Value, z: Value) -> PyResult<()> {
    if y == UNBOUND {
        let Obj::Dict(src) = view(x) else {
            return type_error("if you give only one argument to maketrans it must be a dict");
        };
        let keys = crate::iterbuiltins::list_from(x)?;
        let items = crate::list::as_list(keys)
            .map(|l| l.to_vec())
            .unwrap_or_default();
        decref(keys);
        let mut r = Ok(());
        for &k in &items {
            if r.is_err() {
                break;
            }
            let v = crate::dict::get(src, k).ok().flatten().unwrap_or(NONE);
            r = match view(k) {
                Obj::Str(s) if s.chars().count() == 1 => {
                    set_ord(d, s.chars().next().unwrap_or('\0'), v)
                }
                Obj::Str(_) => value_error("string keys in translate table must be of length 1"),
                Obj::Int(_) | Obj::BigInt(_) | Obj::Bool(_) => crate::subscript::setitem(d, k, v),
                _ => type_error("keys in translate table must be strings or integers"),
            };
        }
        items.into_iter().for_each(decref);
        return r;
    }
    let (Obj::Str(a), Obj::Str(b)) = (view(x), view(y)) else {
        return type_error(if matches!(view(x), Obj::Str(_)) {
            "maketrans() argument 2 must be str, not something else"
        } else {
            "first maketrans argument must be a string if there is a second argument"
        });
    };
    if a.chars().count() != b.chars().count() {
        return value_error("the first two maketrans arguments must have equal length");
    }
    for (ca, cb) in a.chars().zip(b.chars()) {
        let v = crate::int::int_from_i64(i64::from(u32::from(cb)));
        let r = set_ord(d, ca, v);
        decref(v);
        r?;
    }
    if z != UNBOUND {
        let Obj::Str(zs) = view(z) else {
            return type_error("maketrans() argument 3 must be str");
        };
        for c in zs.chars() {
            set_ord(d, c, NONE)?;
        }
    }
    Ok(())
}

/// `str.maketrans(x, y, z)` (absent arguments unbound).
#[no_mangle]
pub extern "C" fn molt_str_maketrans(x: Value, y: Value, z: Value) -> Value {
    ret(maketrans(x, y, z))
}
