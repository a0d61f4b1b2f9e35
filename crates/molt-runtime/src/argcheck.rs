//! The positional-argument checks of builtin methods, with CPython 3.11's
//! messages for each calling convention (`METH_NOARGS`, `METH_O`, Argument
//! Clinic, `PyArg_ParseTuple`).

use crate::exc::{type_error, PyResult};
use crate::Value;

/// Argument Clinic's positional check: `get expected at least 1 argument, got 0`.
#[inline]
pub(crate) fn clinic(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n < min || n > max {
        return clinic_error(name, n, min, max);
    }
    Ok(())
}

#[cold]
fn clinic_error(name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n < min {
        type_error(&format!(
            "{name} expected at least {min} {}, got {n}",
            plural(min)
        ))
    } else if n > max {
        type_error(&format!(
            "{name} expected at most {max} {}, got {n}",
            plural(max)
        ))
    } else {
        Ok(())
    }
}

/// `argument` or `arguments`.
fn plural(n: usize) -> &'static str {
    if n == 1 {
        "argument"
    } else {
        "arguments"
    }
}

/// METH_NOARGS: `dict.keys() takes no arguments (1 given)`.
pub(crate) fn no_args(ty: &str, name: &str, args: &[Value]) -> PyResult<()> {
    if args.is_empty() {
        Ok(())
    } else {
        type_error(&format!(
            "{ty}.{name}() takes no arguments ({} given)",
            args.len()
        ))
    }
}

/// METH_O: `set.add() takes exactly one argument (0 given)`.
pub(crate) fn one_arg(ty: &str, name: &str, args: &[Value]) -> PyResult<Value> {
    match args {
        [a] => Ok(*a),
        _ => type_error(&format!(
            "{ty}.{name}() takes exactly one argument ({} given)",
            args.len()
        )),
    }
}

/// `PyArg_ParseTuple` checks: `find() takes at least 1 argument (0 given)`.
pub(crate) fn parse_tuple(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n < min {
        type_error(&format!(
            "{name}() takes at least {min} {} ({n} given)",
            plural(min)
        ))
    } else if n > max {
        type_error(&format!(
            "{name}() takes at most {max} {} ({n} given)",
            plural(max)
        ))
    } else {
        Ok(())
    }
}
