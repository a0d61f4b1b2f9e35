//! `math.gamma` and `math.lgamma`: CPython's own implementation (the C
//! library's `tgamma`/`lgamma` give different bits), a Lanczos
//! approximation with N = 13 and g = 6.02468004077673 (the
//! Boost parameters) written as a rational function, the reflection formula
//! for negative arguments, and a correction for the rounding of `x + g - 0.5`.

use super::libm;
use super::real::{domain, range};
use crate::exc::PyResult;

// The constants below are the doubles nearest the published values
// (written in their shortest form).

/// g, exactly 6.024680040776729583740234375.
const LANCZOS_G: f64 = 6.02468004077673;
/// g - 0.5, exactly.
const LANCZOS_G_MINUS_HALF: f64 = 5.52468004077673;

/// Numerator coefficients of the Lanczos sum as a rational function.
const LANCZOS_NUM: [f64; 13] = [
    23531376880.41076,
    42919803642.6491,
    35711959237.35567,
    17921034426.03721,
    6039542586.352028,
    1439720407.3117216,
    248874557.86205417,
    31426415.585400194,
    2876370.6289353725,
    186056.26539522348,
    8071.672002365816,
    210.82427775157936,
    2.5066282746310002,
];

/// Denominator coefficients: those of `x*(x+1)*...*(x+11)`.
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// `log(pi)`.
const LOG_PI: f64 = 1.1447298858494002;

/// The Lanczos sum for `x > 0`: a rational function in `x` below 5, in
/// `1/x` above (which cannot overflow).
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for (n, d) in LANCZOS_NUM.iter().zip(&LANCZOS_DEN).rev() {
            num = num * x + n;
            den = den * x + d;
        }
    } else {
        for (n, d) in LANCZOS_NUM.iter().zip(&LANCZOS_DEN) {
            num = num / x + n;
            den = den / x + d;
        }
    }
    num / den
}

/// `sin(pi * x)` for finite `x`, accurate near integers.
fn sinpi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => libm::sin(PI * y),
        1 => libm::cos(PI * (y - 0.5)),
        // Not -sin(pi*(y-1)): that is -0.0 at y == 1.
        2 => libm::sin(PI * (1.0 - y)),
        3 => -libm::cos(PI * (y - 1.5)),
        _ => libm::sin(PI * (y - 2.0)),
    };
    1.0f64.copysign(x) * r
}

/// `math.gamma(x)`.
pub fn gamma(x: f64) -> PyResult<f64> {
    use std::f64::consts::PI;
    if !x.is_finite() {
        // gamma(nan) = nan, gamma(inf) = inf, gamma(-inf) is invalid.
        return if x.is_nan() || x > 0.0 {
            Ok(x)
        } else {
            domain()
        };
    }
    if x == 0.0 {
        return domain();
    }
    if x == x.floor() {
        if x < 0.0 {
            return domain();
        }
        if x <= 23.0 {
            // (x - 1)! exactly.
            return Ok((1..x as u64).map(|k| k as f64).product());
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() { range() } else { Ok(r) };
    }
    if absx > 200.0 {
        // Overflows for x > 200; underflows to a signed zero below -200.
        return if x < 0.0 { Ok(0.0 / sinpi(x)) } else { range() };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error of y, times g / y.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * libm::exp(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= libm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = libm::pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / libm::exp(y);
        r += z * r;
        if absx < 140.0 {
            r *= libm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = libm::pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if r.is_infinite() {
        return range();
    }
    Ok(r)
}

/// `math.lgamma(x)`: the log of the absolute value of gamma.
pub fn lgamma(x: f64) -> PyResult<f64> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        // Poles at the nonpositive integers; lgamma(1) = lgamma(2) = 0.
        return if x <= 0.0 { domain() } else { Ok(0.0) };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-libm::log(absx));
    }
    let mut r = libm::log(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (libm::log(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        r = LOG_PI - libm::log(sinpi(absx).abs()) - libm::log(absx) - r;
    }
    if r.is_infinite() {
        return range();
    }
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gamma_as_cpython() {
        // python3.11: math.gamma(0.5), gamma(-0.5), lgamma(0.5), lgamma(-0.5), gamma(171.5)
        assert_eq!(gamma(0.5), Ok(1.7724538509055159));
        assert_eq!(gamma(-0.5), Ok(-3.544907701811032));
        assert_eq!(lgamma(0.5), Ok(0.5723649429247004));
        assert_eq!(lgamma(-0.5), Ok(1.265512123484645));
        assert_eq!(gamma(171.5), Ok(9.483367566824801e307));
        assert_eq!(gamma(5.0), Ok(24.0));
    }
}
