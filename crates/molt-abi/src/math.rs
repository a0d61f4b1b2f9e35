//! The functions of the `math` module, numbered as both sides number them.

/// A function of the `math` module. The discriminant is the function's id
/// in the runtime (`molt_math_call`, `molt_math_value`), which numbers them
/// the same way: CPython 3.11's `dir(math)` order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
#[repr(u8)]
pub enum MathFn {
    Acos,
    Acosh,
    Asin,
    Asinh,
    Atan,
    Atan2,
    Atanh,
    Cbrt,
    Ceil,
    Comb,
    Copysign,
    Cos,
    Cosh,
    Degrees,
    Dist,
    Erf,
    Erfc,
    Exp,
    Exp2,
    Expm1,
    Fabs,
    Factorial,
    Floor,
    Fmod,
    Frexp,
    Fsum,
    Gamma,
    Gcd,
    Hypot,
    Isclose,
    Isfinite,
    Isinf,
    Isnan,
    Isqrt,
    Lcm,
    Ldexp,
    Lgamma,
    Log,
    Log10,
    Log1p,
    Log2,
    Modf,
    Nextafter,
    Perm,
    Pow,
    Prod,
    Radians,
    Remainder,
    Sin,
    Sinh,
    Sqrt,
    Tan,
    Tanh,
    Trunc,
    Ulp,
}

impl MathFn {
    /// Every function, by id.
    pub const ALL: [MathFn; 55] = {
        use MathFn::*;
        [
            Acos, Acosh, Asin, Asinh, Atan, Atan2, Atanh, Cbrt, Ceil, Comb, Copysign, Cos, Cosh,
            Degrees, Dist, Erf, Erfc, Exp, Exp2, Expm1, Fabs, Factorial, Floor, Fmod, Frexp, Fsum,
            Gamma, Gcd, Hypot, Isclose, Isfinite, Isinf, Isnan, Isqrt, Lcm, Ldexp, Lgamma, Log,
            Log10, Log1p, Log2, Modf, Nextafter, Perm, Pow, Prod, Radians, Remainder, Sin, Sinh,
            Sqrt, Tan, Tanh, Trunc, Ulp,
        ]
    };

    /// The Python names, by id.
    const NAMES: [&'static str; 55] = [
        "acos",
        "acosh",
        "asin",
        "asinh",
        "atan",
        "atan2",
        "atanh",
        "cbrt",
        "ceil",
        "comb",
        "copysign",
        "cos",
        "cosh",
        "degrees",
        "dist",
        "erf",
        "erfc",
        "exp",
        "exp2",
        "expm1",
        "fabs",
        "factorial",
        "floor",
        "fmod",
        "frexp",
        "fsum",
        "gamma",
        "gcd",
        "hypot",
        "isclose",
        "isfinite",
        "isinf",
        "isnan",
        "isqrt",
        "lcm",
        "ldexp",
        "lgamma",
        "log",
        "log10",
        "log1p",
        "log2",
        "modf",
        "nextafter",
        "perm",
        "pow",
        "prod",
        "radians",
        "remainder",
        "sin",
        "sinh",
        "sqrt",
        "tan",
        "tanh",
        "trunc",
        "ulp",
    ];

    /// The function's name in the module (`"sqrt"`).
    pub fn name(self) -> &'static str {
        Self::NAMES[self as usize]
    }

    /// The function named `name`, if `math` has one.
    pub fn from_name(name: &str) -> Option<MathFn> {
        Self::NAMES
            .iter()
            .position(|n| *n == name)
            .map(|i| Self::ALL[i])
    }

    /// The runtime's id of the function.
    pub fn id(self) -> u8 {
        self as u8
    }
}

#[cfg(test)]
mod tests {
    use super::MathFn;

    #[test]
    fn math_ids_follow_cpython_dir_order() {
        // python3.11: [n for n in dir(math) if callable(getattr(math, n))];
        // the runtime numbers the functions the same way.
        let names: Vec<&str> = MathFn::ALL.iter().map(|f| f.name()).collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        assert_eq!(names, sorted);
        assert_eq!(names.len(), 55);
        for (i, f) in MathFn::ALL.iter().enumerate() {
            assert_eq!(usize::from(f.id()), i);
            assert_eq!(MathFn::from_name(f.name()), Some(*f));
        }
    }
}
