//! The functions of the `math` module, numbered as both sides number them.

module_functions! {
    /// A function of the `math` module. The discriminant is the function's id
    /// in the runtime (`molt_math_call`, `molt_math_value`), which numbers them
    /// the same way: CPython 3.11's `dir(math)` order.
    pub enum MathFn {
        Acos = "acos",
        Acosh = "acosh",
        Asin = "asin",
        Asinh = "asinh",
        Atan = "atan",
        Atan2 = "atan2",
        Atanh = "atanh",
        Cbrt = "cbrt",
        Ceil = "ceil",
        Comb = "comb",
        Copysign = "copysign",
        Cos = "cos",
        Cosh = "cosh",
        Degrees = "degrees",
        Dist = "dist",
        Erf = "erf",
        Erfc = "erfc",
        Exp = "exp",
        Exp2 = "exp2",
        Expm1 = "expm1",
        Fabs = "fabs",
        Factorial = "factorial",
        Floor = "floor",
        Fmod = "fmod",
        Frexp = "frexp",
        Fsum = "fsum",
        Gamma = "gamma",
        Gcd = "gcd",
        Hypot = "hypot",
        Isclose = "isclose",
        Isfinite = "isfinite",
        Isinf = "isinf",
        Isnan = "isnan",
        Isqrt = "isqrt",
        Lcm = "lcm",
        Ldexp = "ldexp",
        Lgamma = "lgamma",
        Log = "log",
        Log10 = "log10",
        Log1p = "log1p",
        Log2 = "log2",
        Modf = "modf",
        Nextafter = "nextafter",
        Perm = "perm",
        Pow = "pow",
        Prod = "prod",
        Radians = "radians",
        Remainder = "remainder",
        Sin = "sin",
        Sinh = "sinh",
        Sqrt = "sqrt",
        Tan = "tan",
        Tanh = "tanh",
        Trunc = "trunc",
        Ulp = "ulp",
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
