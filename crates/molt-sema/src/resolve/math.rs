//! The `math` module: its constants, calls of its functions and the
//! functions as values.
//!
//! A call becomes [`Builtin::Math`] with the positional arguments; the
//! runtime checks their number and raises CPython's TypeError. The two
//! functions with keyword parameters (`isclose`, `prod`) are bound here, by
//! the rules of CPython's argument parser, to their parameter slots.

use super::{span, Resolver, Scope};
use crate::hir::*;
use molt_syntax::ast;
use molt_syntax::Span;

/// The constants of `math`.
pub(super) const MATH_CONSTS: &[(&str, f64)] = &[
    ("pi", std::f64::consts::PI),
    ("e", std::f64::consts::E),
    ("tau", std::f64::consts::TAU),
    ("inf", f64::INFINITY),
    // One object in CPython: the runtime's `float::MATH_NAN_BITS`, a NaN
    // payload that gives every use of it the same identity.
    ("nan", f64::from_bits(0x7fff_ffff_ffff_ffff)),
];

/// Whether `math` has a function or constant `name`.
fn is_math_name(name: &str) -> bool {
    MathFn::from_name(name).is_some() || MATH_CONSTS.iter().any(|(c, _)| *c == name)
}

/// How CPython's argument parser sees a function with keyword parameters.
struct KwParams {
    /// The name in messages.
    name: &'static str,
    /// How many leading parameters are positional-only.
    posonly: usize,
    /// Required positional arguments.
    minpos: usize,
    /// At most this many arguments by position.
    maxpos: usize,
    /// Every parameter, in slot order.
    params: &'static [&'static str],
}

const ISCLOSE: KwParams = KwParams {
    name: "isclose",
    posonly: 0,
    minpos: 2,
    maxpos: 2,
    params: &["a", "b", "rel_tol", "abs_tol"],
};

const PROD: KwParams = KwParams {
    name: "prod",
    posonly: 1,
    minpos: 1,
    maxpos: 1,
    params: &["iterable", "start"],
};

impl KwParams {
    /// The TypeError of a call with `npos` positional arguments and the
    /// keywords `kw` (in source order), or where each keyword goes: the
    /// checks of CPython 3.11's `_PyArg_UnpackKeywords`, in its order.
    fn bind(&self, npos: usize, kw: &[&str]) -> Result<Vec<usize>, String> {
        let f = self.name;
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        let maxargs = self.params.len();
        if npos + kw.len() > maxargs {
            return Err(format!(
                "{f}() takes at most {maxargs} {}argument{} ({} given)",
                if npos == 0 { "keyword " } else { "" },
                plural(maxargs),
                npos + kw.len()
            ));
        }
        if npos > self.maxpos {
            return Err(format!(
                "{f}() takes {} {} positional argument{} ({npos} given)",
                if self.minpos < self.maxpos {
                    "at most"
                } else {
                    "exactly"
                },
                self.maxpos,
                plural(self.maxpos)
            ));
        }
        let minposonly = self.posonly.min(self.minpos);
        if npos < minposonly {
            return Err(format!(
                "{f}() takes {} {minposonly} positional argument{} ({npos} given)",
                if minposonly < self.maxpos {
                    "at least"
                } else {
                    "exactly"
                },
                plural(minposonly)
            ));
        }
        let slot_of = |k: &str| self.params[self.posonly..].iter().position(|p| *p == k);
        let mut unmatched = kw.len();
        for i in npos.max(self.posonly)..maxargs {
            let found = unmatched > 0 && kw.contains(&self.params[i]);
            if found {
                unmatched -= 1;
            } else if i < self.minpos {
                return Err(format!(
                    "{f}() missing required argument '{}' (pos {})",
                    self.params[i],
                    i + 1
                ));
            } else if unmatched == 0 {
                break;
            }
        }
        if unmatched > 0 {
            for i in self.posonly..npos {
                if kw.contains(&self.params[i]) {
                    return Err(format!(
                        "argument for {f}() given by name ('{}') and position ({})",
                        self.params[i],
                        i + 1
                    ));
                }
            }
            if let Some(k) = kw.iter().find(|k| slot_of(k).is_none()) {
                return Err(format!("'{k}' is an invalid keyword argument for {f}()"));
            }
        }
        Ok(kw
            .iter()
            .map(|k| slot_of(k).map_or(0, |i| i + self.posonly))
            .collect())
    }
}

impl Resolver<'_> {
    /// `from math import a, b as c`: each name becomes a local alias.
    pub(super) fn math_import(&mut self, imp: &ast::StmtImportFrom) {
        for alias in &imp.names {
            let name = alias.name.id.as_str();
            if name == "*" {
                self.error(
                    "M0108",
                    "`from math import *` is not supported",
                    span(alias),
                    "import the names you use, or `import math`",
                );
            } else if !is_math_name(name) {
                self.error(
                    "M0108",
                    format!("module `math` has no name `{name}`"),
                    span(alias),
                    "CPython raises ImportError here; `math` has the functions and constants of CPython 3.11's module",
                );
            } else {
                let local = alias.asname.as_ref().unwrap_or(&alias.name).id.to_string();
                self.math_names.insert(local, name.to_string());
            }
        }
    }

    /// `math.name` (or a name imported from `math`) used as a value.
    pub(super) fn math_value(&mut self, name: &str, sp: Span) -> Expr {
        if let Some((_, v)) = MATH_CONSTS.iter().find(|(n, _)| *n == name) {
            return Expr {
                kind: ExprKind::Float(*v),
                ty: Ty::Never,
                span: sp,
            };
        }
        match MathFn::from_name(name) {
            Some(f) => Self::mk(ExprKind::Builtin(Builtin::MathValue(f), Vec::new()), sp),
            None => {
                self.no_math_attribute(name, sp);
                Self::mk(ExprKind::None, sp)
            }
        }
    }

    fn no_math_attribute(&mut self, name: &str, sp: Span) {
        self.error(
            "M0102",
            format!("module `math` has no attribute `{name}`"),
            sp,
            "CPython raises AttributeError here; `math` has the functions and constants of CPython 3.11's module",
        );
    }

    /// `math.name(args)`: the call's arguments have no `*` or `**`.
    pub(super) fn math_call(&mut self, name: &str, c: &ast::ExprCall, scope: &mut Scope) -> Expr {
        let sp = span(c);
        let Some(f) = MathFn::from_name(name) else {
            self.no_math_attribute(name, sp);
            return Self::mk(ExprKind::None, sp);
        };
        match f {
            MathFn::Isclose => return self.math_kw_call(f, &ISCLOSE, c, scope),
            MathFn::Prod => return self.math_kw_call(f, &PROD, c, scope),
            _ => {}
        }
        // `fsum` and `dist` consume their iterables whole: a generator
        // expression may come as a list, as for `sum()`.
        let consumes = matches!(f, MathFn::Fsum | MathFn::Dist);
        let mut args: Vec<Expr> = c
            .arguments
            .args
            .iter()
            .map(|a| {
                if consumes {
                    self.consumed_arg(a, scope)
                } else {
                    self.expr(a, scope)
                }
            })
            .collect();
        if c.arguments.keywords.is_empty() {
            return Self::mk(ExprKind::Builtin(Builtin::Math(f), args), sp);
        }
        // Every argument is evaluated, then the call refuses the keywords.
        for k in &c.arguments.keywords {
            args.push(self.expr(&k.value, scope));
        }
        let msg = if f == MathFn::Log {
            "log() takes no keyword arguments".to_string()
        } else {
            format!("math.{name}() takes no keyword arguments")
        };
        Self::mk(ExprKind::BadCall(args, msg), sp)
    }

    /// A call of `isclose` or `prod`: the arguments bound to the slots of
    /// `params`, evaluated in source order.
    fn math_kw_call(
        &mut self,
        f: MathFn,
        params: &KwParams,
        c: &ast::ExprCall,
        scope: &mut Scope,
    ) -> Expr {
        let sp = span(c);
        let kw: Vec<&str> = c
            .arguments
            .keywords
            .iter()
            .map(|k| k.arg.as_ref().map_or("", |a| a.id.as_str()))
            .collect();
        let npos = c.arguments.args.len();
        let bound = params.bind(npos, &kw);
        let values: Vec<&ast::Expr> = c
            .arguments
            .args
            .iter()
            .chain(c.arguments.keywords.iter().map(|k| &k.value))
            .collect();
        // `prod` consumes its iterable whole (a generator may come as a list).
        let mut args: Vec<Expr> = values
            .iter()
            .enumerate()
            .map(|(i, a)| {
                if f == MathFn::Prod && i == 0 && npos > 0 {
                    self.consumed_arg(a, scope)
                } else {
                    self.expr(a, scope)
                }
            })
            .collect();
        let slots = match bound {
            Ok(slots) => slots,
            Err(msg) => return Self::mk(ExprKind::BadCall(args, msg), sp),
        };
        // Slot of each argument, in source order.
        let order: Vec<usize> = (0..npos).chain(slots).collect();
        let mut stmts = Vec::new();
        if order.windows(2).any(|w| w[0] > w[1]) {
            // Keywords out of slot order: evaluate into hidden locals first.
            args = args
                .into_iter()
                .map(|a| {
                    let asp = a.span;
                    let h = self.spill(a, scope, &mut stmts, "math argument");
                    Self::read_local(h, asp)
                })
                .collect();
        }
        let mut full: Vec<Option<Expr>> = vec![None; params.params.len()];
        for (slot, a) in order.into_iter().zip(args) {
            full[slot] = Some(a);
        }
        let full = full
            .into_iter()
            .map(|a| a.unwrap_or_else(|| Self::mk(ExprKind::Absent, sp)))
            .collect();
        let call = Self::mk(ExprKind::Builtin(Builtin::Math(f), full), sp);
        if stmts.is_empty() {
            call
        } else {
            Self::mk(ExprKind::Block(stmts, Box::new(call)), sp)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bind(p: &KwParams, npos: usize, kw: &[&str]) -> String {
        match p.bind(npos, kw) {
            Ok(slots) => format!("{slots:?}"),
            Err(e) => e,
        }
    }

    #[test]
    fn binds_as_cpython() {
        // python3.11: math.isclose(...) / math.prod(...) with these arguments.
        let cases: &[(&KwParams, usize, &[&str], &str)] = &[
            (&ISCLOSE, 2, &[], "[]"),
            (&ISCLOSE, 2, &["abs_tol", "rel_tol"], "[3, 2]"),
            (&ISCLOSE, 0, &["b", "a"], "[1, 0]"),
            (&ISCLOSE, 1, &["b"], "[1]"),
            (
                &ISCLOSE,
                0,
                &[],
                "isclose() missing required argument 'a' (pos 1)",
            ),
            (
                &ISCLOSE,
                1,
                &[],
                "isclose() missing required argument 'b' (pos 2)",
            ),
            (
                &ISCLOSE,
                1,
                &["a"],
                "isclose() missing required argument 'b' (pos 2)",
            ),
            (
                &ISCLOSE,
                1,
                &["foo"],
                "isclose() missing required argument 'b' (pos 2)",
            ),
            (
                &ISCLOSE,
                3,
                &[],
                "isclose() takes exactly 2 positional arguments (3 given)",
            ),
            (
                &ISCLOSE,
                3,
                &["rel_tol", "abs_tol"],
                "isclose() takes at most 4 arguments (5 given)",
            ),
            (
                &ISCLOSE,
                0,
                &["a", "b", "rel_tol", "abs_tol", "foo"],
                "isclose() takes at most 4 keyword arguments (5 given)",
            ),
            (
                &ISCLOSE,
                2,
                &["foo", "a"],
                "argument for isclose() given by name ('a') and position (1)",
            ),
            (
                &ISCLOSE,
                1,
                &["b", "c"],
                "'c' is an invalid keyword argument for isclose()",
            ),
            (&PROD, 1, &[], "[]"),
            (&PROD, 1, &["start"], "[1]"),
            (
                &PROD,
                0,
                &[],
                "prod() takes exactly 1 positional argument (0 given)",
            ),
            (
                &PROD,
                2,
                &[],
                "prod() takes exactly 1 positional argument (2 given)",
            ),
            (&PROD, 3, &[], "prod() takes at most 2 arguments (3 given)"),
            (
                &PROD,
                0,
                &["iterable"],
                "prod() takes exactly 1 positional argument (0 given)",
            ),
            (
                &PROD,
                1,
                &["iterable"],
                "'iterable' is an invalid keyword argument for prod()",
            ),
            (
                &PROD,
                1,
                &["start", "foo"],
                "prod() takes at most 2 arguments (3 given)",
            ),
        ];
        for (p, npos, kw, want) in cases {
            assert_eq!(bind(p, *npos, kw), *want, "{}({npos}, {kw:?})", p.name);
        }
    }
}
