//! Unit tests: `%`, `str.format` and `format_map` cases with the results
//! (or `!! Kind: message`) python3.11 gives. Mappings are stood in for by a
//! tuple of `(key, value)` pairs looked up by [`pairs_getitem`], since
//! dicts live outside this module.

use super::fields::format_map_text;
use super::percent::percent_text;
use super::*;
use crate::builtins::str_text;
use crate::exc::{final_line, molt_err_fetch};
use crate::int::int_from_big;
use crate::str::str_new;
use crate::tuple::tuple_from_owned;
use crate::value::{float_value, header, small, view, Obj, FALSE, NONE, TRUE};
use num_bigint::BigInt;

fn i(x: i64) -> Value {
    small(x)
}

fn big(digits: &str) -> Value {
    int_from_big(digits.parse::<BigInt>().expect("decimal digits"))
}

fn f(x: f64) -> Value {
    float_value(x)
}

fn s(x: &str) -> Value {
    str_new(x)
}

/// A tuple owning `items`.
fn t(items: Vec<Value>) -> Value {
    tuple_from_owned(items).expect("small tuple")
}

/// A stand-in mapping: a tuple of `(key, value)` pairs.
fn pairs(items: Vec<(&str, Value)>) -> Value {
    t(items.into_iter().map(|(k, v)| t(vec![s(k), v])).collect())
}

/// `mapping[key]` for a [`pairs`] mapping; KeyError when absent.
fn pairs_getitem(mapping: Value, key: Value) -> PyResult<Value> {
    let (Obj::Tuple(items), Obj::Str(k)) = (view(mapping), view(key)) else {
        return crate::seq::getitem(mapping, key);
    };
    for &pair in items {
        if let Obj::Tuple([pk, pv]) = view(pair) {
            if matches!(view(*pk), Obj::Str(x) if x == k) {
                crate::value::incref(*pv);
                return Ok(*pv);
            }
        }
    }
    key_error(key)
}

/// The text of a result, or `!! Kind: message` for the pending exception.
fn shown(r: PyResult<String>) -> String {
    match r {
        Ok(text) => text,
        Err(_) => {
            let e = molt_err_fetch();
            let line = final_line(e);
            decref(e);
            format!("!! {line}")
        }
    }
}

fn value_text(r: PyResult<Value>) -> PyResult<String> {
    r.map(|v| {
        let text = str_text(v).expect("a str result");
        decref(v);
        text
    })
}

/// `fmt % args`; consumes `args`.
fn pct(fmt: &str, args: Value) -> String {
    let r = shown(value_text(percent_format(fmt, args)));
    decref(args);
    r
}

/// `fmt % mapping` for a stand-in mapping.
fn pct_map(fmt: &str, items: Vec<(&str, Value)>) -> String {
    let m = pairs(items);
    let r = shown(percent_text(fmt, m, true, pairs_getitem));
    decref(m);
    r
}

/// `fmt.format(*args, **kwargs)`; consumes the values.
fn fmt(fmt: &str, args: Vec<Value>, kwargs: Vec<(&str, Value)>) -> String {
    let r = shown(value_text(str_format(fmt, &args, &kwargs)));
    args.into_iter().for_each(decref);
    kwargs.into_iter().for_each(|(_, v)| decref(v));
    r
}

/// `fmt.format_map(mapping)` for a stand-in mapping.
fn fmt_map(fmt: &str, items: Vec<(&str, Value)>) -> String {
    let m = pairs(items);
    let r = shown(format_map_text(fmt, m, pairs_getitem));
    decref(m);
    r
}

fn check(cases: Vec<(String, &str)>) {
    let mut bad = Vec::new();
    for (n, (got, want)) in cases.iter().enumerate() {
        if got != want {
            bad.push(format!("case {n}: got {got:?}, want {want:?}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// The reference count of a heap value.
fn refcnt(v: Value) -> i64 {
    // SAFETY: `v` is a live heap object owned by the test.
    unsafe { (*header(v)).refcnt }
}

#[test]
fn percent() {
    // `str % args` over every conversion, flag and error.
    // Expected values from python3.11.
    let cases: Vec<(String, &str)> = vec![
        (pct("%s|%r|%a", t(vec![s("h\u{e9}"), s("h\u{e9}"), s("h\u{e9}")])), "h\u{e9}|'h\u{e9}'|'h\\xe9'"),
        (pct("%5s|%-5s|%.2s", t(vec![s("ab"), s("ab"), s("abc")])), "   ab|ab   |ab"),
        (pct("%d %i %u", t(vec![i(42), i(-7), TRUE])), "42 -7 1"),
        (pct("%d", f(2.9)), "2"),
        (pct("%d", f(-2.9)), "-2"),
        (pct("%5d|%-5d|%05d", t(vec![i(-3), i(-3), i(-3)])), "   -3|-3   |-0003"),
        (pct("%+d % d %+ d", t(vec![i(5), i(5), i(5)])), "+5  5 +5"),
        (pct("%.3d|%8.3d|%-8.3d|", t(vec![i(7), i(-7), i(7)])), "007|    -007|007     |"),
        (pct("%x %X %o", t(vec![i(255), i(255), i(8)])), "ff FF 10"),
        (pct("%#x %#X %#o", t(vec![i(255), i(255), i(8)])), "0xff 0XFF 0o10"),
        (pct("%#08x|%-#8x|%#8x", t(vec![i(255), i(255), i(-255)])), "0x0000ff|0xff    |   -0xff"),
        (pct("%#.4x", i(-10)), "-0x000a"),
        (pct("%x", big("1180591620717411303424")), "400000000000000000"),
        (pct("%X", big("-1180591620717411303424")), "-400000000000000000"),
        (pct("%d", big("10000000000000000000000000")), "10000000000000000000000000"),
        (pct("%e %E", t(vec![f(12345.678), f(0.000123)])), "1.234568e+04 1.230000E-04"),
        (pct("%f %F", t(vec![f(1.5), f(f64::INFINITY)])), "1.500000 INF"),
        (pct("%g %G", t(vec![f(1e-05), f(1e+100)])), "1e-05 1E+100"),
        (pct("%.2f|%8.3f|%-8.1f|%08.2f", t(vec![f(1.23456), f(-2.5), f(2.0), f(-1.5)])), "1.23|  -2.500|2.0     |-0001.50"),
        (pct("%#.0f %#g %#.3e", t(vec![f(2.0), f(1.0), f(5.0)])), "2. 1.00000 5.000e+00"),
        (pct("%.0f %.0f %.0f", t(vec![f(0.5), f(1.5), f(2.5)])), "0 2 2"),
        (pct("%f", i(10)), "10.000000"),
        (pct("%+f % f", t(vec![f(0.0), f(-0.0)])), "+0.000000 -0.000000"),
        (pct("%010f|%-10f|%+f", t(vec![f(f64::NEG_INFINITY), f(f64::NAN), f(f64::NAN)])), "-000000inf|nan       |+nan"),
        (pct("%.10g", f(0.3333333333333333)), "0.3333333333"),
        (pct("%.0e", f(15.0)), "2e+01"),
        (pct("%c%c%c", t(vec![i(65), s("\u{e9}"), i(128512)])), "A\u{e9}\u{1f600}"),
        (pct("%5c|%-5c|", t(vec![s("x"), i(66)])), "    x|B    |"),
        (pct("%%|%5%|%s", t(vec![s("a")])), "!! ValueError: unsupported format character '%' (0x25) at index 5"),
        (pct("%*d|%-*d|%.*f", t(vec![i(5), i(1), i(5), i(1), i(2), f(1.23456)])), "    1|1    |1.23"),
        (pct("%*s|", t(vec![i(-4), s("a")])), "a   |"),
        (pct("%.*s", t(vec![i(-1), s("abc")])), ""),
        (pct("%hd %ld %Lf", t(vec![i(1), i(2), f(3.0)])), "1 2 3.000000"),
        (pct("%s", t(vec![i(1), i(2)])), "!! TypeError: not all arguments converted during string formatting"),
        (pct("%s", t(vec![t(vec![i(1), i(2)])])), "(1, 2)"),
        (pct("%s", NONE), "None"),
        (pct("%r", t(vec![])), "!! TypeError: not enough arguments for format string"),
        (pct("abc", t(vec![])), "abc"),
        (pct("abc", s("x")), "!! TypeError: not all arguments converted during string formatting"),
        (pct("%s %s", s("ab")), "!! TypeError: not enough arguments for format string"),
        (pct("\u{e9}%s\u{1f600}", s("\u{65e5}")), "\u{e9}\u{65e5}\u{1f600}"),
        (pct("%s %s", t(vec![i(1)])), "!! TypeError: not enough arguments for format string"),
        (pct("%s", t(vec![i(1), i(2)])), "!! TypeError: not all arguments converted during string formatting"),
        (pct("abc", i(5)), "!! TypeError: not all arguments converted during string formatting"),
        (pct("%d", s("x")), "!! TypeError: %d format: a real number is required, not str"),
        (pct("%x", f(1.5)), "!! TypeError: %x format: an integer is required, not float"),
        (pct("%o", NONE), "!! TypeError: %o format: an integer is required, not NoneType"),
        (pct("%f", s("1.0")), "!! TypeError: must be real number, not str"),
        (pct("%d", f(f64::INFINITY)), "!! OverflowError: cannot convert float infinity to integer"),
        (pct("%i", f(f64::NAN)), "!! ValueError: cannot convert float NaN to integer"),
        (pct("%f", big("13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376")), "!! OverflowError: int too large to convert to float"),
        (pct("%c", s("ab")), "!! TypeError: %c requires int or char"),
        (pct("%c", f(1.5)), "!! TypeError: %c requires int or char"),
        (pct("%c", i(-1)), "!! OverflowError: %c arg not in range(0x110000)"),
        (pct("%c", i(1114112)), "!! OverflowError: %c arg not in range(0x110000)"),
        (pct("%c", big("1180591620717411303424")), "!! OverflowError: %c arg not in range(0x110000)"),
        (pct("%*d", t(vec![s("5"), i(1)])), "!! TypeError: * wants int"),
        (pct("%.*f", t(vec![f(1.5), f(1.0)])), "!! TypeError: * wants int"),
        (pct("%*d", t(vec![big("1180591620717411303424"), i(1)])), "!! OverflowError: Python int too large to convert to C ssize_t"),
        (pct("%.*f", t(vec![i(1099511627776), f(1.0)])), "!! OverflowError: Python int too large to convert to C int"),
        (pct("%y", i(1)), "!! ValueError: unsupported format character 'y' (0x79) at index 1"),
        (pct("ab %\u{e9}", i(1)), "!! ValueError: unsupported format character '?' (0xe9) at index 4"),
        (pct("%\u{1}", i(1)), "!! ValueError: unsupported format character '?' (0x1) at index 1"),
        (pct("x%", t(vec![])), "!! ValueError: incomplete format"),
        (pct("%5", i(1)), "!! ValueError: incomplete format"),
        (pct("%.", i(1)), "!! ValueError: incomplete format"),
        (pct("%(a)s", t(vec![i(1)])), "!! TypeError: format requires a mapping"),
        (pct("%(a)s", i(5)), "!! TypeError: format requires a mapping"),
        (pct("%99999999999999999999d", i(1)), "!! ValueError: width too big"),
        (pct("%.99999999999f", f(1.0)), "!! ValueError: precision too big"),
        (pct("%.*d", t(vec![i(2147483647), i(1)])), "!! OverflowError: precision too large"),
        (pct("%y", t(vec![])), "!! TypeError: not enough arguments for format string"),
        (pct("%*", t(vec![])), "!! TypeError: not enough arguments for format string"),
        (pct("%*", t(vec![i(1)])), "!! ValueError: incomplete format"),
        (pct("%(a)%", t(vec![i(1)])), "!! TypeError: format requires a mapping"),
        (pct("%s %y", t(vec![i(1)])), "!! TypeError: not enough arguments for format string"),
        (pct("%99999999999999d", i(1)), "!! MemoryError"),
    ];
    check(cases);
}

#[test]
fn percent_mapping() {
    // `str % mapping` (a stand-in mapping: `%(key)` lookups, never "not all converted").
    // Expected values from python3.11.
    let cases: Vec<(String, &str)> = vec![
        (
            pct_map("%(a)s-%(b)05.1f", vec![("a", s("x")), ("b", f(2.25))]),
            "x-002.2",
        ),
        (
            pct_map("%(a)s %s", vec![("a", i(1))]),
            "!! TypeError: not enough arguments for format string",
        ),
        (
            pct_map("%(a)*d", vec![("a", i(1))]),
            "!! TypeError: not enough arguments for format string",
        ),
        (pct_map("%(a(b))s", vec![("a(b)", i(3))]), "3"),
        (pct_map("%(x)s", vec![]), "!! KeyError: 'x'"),
        (pct_map("abc", vec![]), "abc"),
        (pct_map("%(a)s %%", vec![("a", i(1))]), "1 %"),
        (
            pct_map("%(a", vec![("a", i(1))]),
            "!! ValueError: incomplete format key",
        ),
        (pct_map("%()s", vec![("", i(5))]), "5"),
        (
            pct_map("%(a)s %(a)r %(b)x", vec![("a", s("\u{e9}")), ("b", i(255))]),
            "\u{e9} '\u{e9}' ff",
        ),
        (
            pct_map("%(a)", vec![("a", i(1))]),
            "!! ValueError: incomplete format",
        ),
        (
            pct_map("%(a)y", vec![("a", i(1))]),
            "!! ValueError: unsupported format character 'y' (0x79) at index 4",
        ),
        (
            pct_map("%(a)d", vec![("a", s("s"))]),
            "!! TypeError: %d format: a real number is required, not str",
        ),
        (
            pct_map("%(\u{e9})s", vec![("\u{e9}", t(vec![i(1)]))]),
            "(1,)",
        ),
    ];
    check(cases);
}

#[test]
fn format() {
    // `str.format` over fields, numbering, conversions, nested specs and errors.
    // Expected values from python3.11.
    let cases: Vec<(String, &str)> = vec![
        (fmt("{}-{}", vec![i(1), s("a")], vec![]), "1-a"),
        (fmt("{1}{0}{1}", vec![s("a"), s("b")], vec![]), "bab"),
        (fmt("{a}{b!r}", vec![], vec![("a", i(1)), ("b", s("x"))]), "1'x'"),
        (fmt("{{}}{{{0}}}", vec![i(5)], vec![]), "{}{5}"),
        (fmt("{0[1]}{0[0][0]}", vec![t(vec![s("ab"), i(2)])], vec![]), "2a"),
        (fmt("{0.real}{0.imag}{1.real}", vec![i(5), f(2.5)], vec![]), "502.5"),
        (fmt("{0.numerator}/{0.denominator}", vec![TRUE], vec![]), "1/1"),
        (fmt("{:>{w}.{p}f}|", vec![f(1.23456)], vec![("w", i(10)), ("p", i(2))]), "      1.23|"),
        (fmt("{:{}}|{}", vec![s("a"), i(4), s("b")], vec![]), "a   |b"),
        (fmt("{0:{1}{2}}", vec![f(1.5), s(">"), i(10)], vec![]), "       1.5"),
        (fmt("{!r:^9}|{!a}", vec![s("\u{e9}"), s("\u{e9}")], vec![]), "   '\u{e9}'   |'\\xe9'"),
        (fmt("{0!s:>4}", vec![NONE], vec![]), "None"),
        (fmt("{0!\u{0}}", vec![i(7)], vec![]), "7"),
        (fmt("{0[a:b]}", vec![t(vec![s("x")])], vec![]), "!! TypeError: tuple indices must be integers or slices, not str"),
        (fmt("{0[}]}", vec![t(vec![s("x")])], vec![]), "!! TypeError: tuple indices must be integers or slices, not str"),
        (fmt("{:,} {:_x} {:#o}", vec![big("100000000000000000000"), i(1099511627776), i(8)], vec![]), "100,000,000,000,000,000,000 100_0000_0000 0o10"),
        (fmt("\u{e9}{0:\u{e9}^7}\u{1f600}", vec![s("\u{65e5}")], vec![]), "\u{e9}\u{e9}\u{e9}\u{e9}\u{65e5}\u{e9}\u{e9}\u{e9}\u{1f600}"),
        (fmt("{ }", vec![], vec![(" ", i(1))]), "1"),
        (fmt("{-1}", vec![], vec![("-1", i(2))]), "2"),
        (fmt("{\u{661}}", vec![i(0), i(1)], vec![]), "1"),
        (fmt("{", vec![], vec![]), "!! ValueError: Single '{' encountered in format string"),
        (fmt("}", vec![], vec![]), "!! ValueError: Single '}' encountered in format string"),
        (fmt("a{b", vec![], vec![]), "!! ValueError: expected '}' before end of string"),
        (fmt("{0", vec![i(1)], vec![]), "!! ValueError: expected '}' before end of string"),
        (fmt("{0:", vec![i(1)], vec![]), "!! ValueError: unmatched '{' in format spec"),
        (fmt("{0!r", vec![i(1)], vec![]), "!! ValueError: unmatched '{' in format spec"),
        (fmt("{0!}", vec![i(1)], vec![]), "!! ValueError: unmatched '{' in format spec"),
        (fmt("{0!x}", vec![i(1)], vec![]), "!! ValueError: Unknown conversion specifier x"),
        (fmt("{0!rr}", vec![i(1)], vec![]), "!! ValueError: expected ':' after conversion specifier"),
        (fmt("{0!\u{e9}}", vec![i(1)], vec![]), "!! ValueError: Unknown conversion specifier \\xe9"),
        (fmt("{0!\u{1}}", vec![i(1)], vec![]), "!! ValueError: Unknown conversion specifier \\x1"),
        (fmt("{a{b}", vec![], vec![]), "!! ValueError: unexpected '{' in field name"),
        (fmt("{0[0}", vec![t(vec![i(1)])], vec![]), "!! ValueError: expected '}' before end of string"),
        (fmt("{0[]}", vec![t(vec![i(1)])], vec![]), "!! ValueError: Empty attribute in format string"),
        (fmt("{0.}", vec![i(1)], vec![]), "!! ValueError: Empty attribute in format string"),
        (fmt("{0[0]x}", vec![t(vec![i(1)])], vec![]), "!! ValueError: Only '.' or '[' may follow ']' in format field specifier"),
        (fmt("{1}", vec![i(1)], vec![]), "!! IndexError: Replacement index 1 out of range for positional args tuple"),
        (fmt("{}{}", vec![i(1)], vec![]), "!! IndexError: Replacement index 1 out of range for positional args tuple"),
        (fmt("{x}", vec![], vec![]), "!! KeyError: 'x'"),
        (fmt("{}{1}", vec![i(1), i(2)], vec![]), "!! ValueError: cannot switch from automatic field numbering to manual field specification"),
        (fmt("{1}{}", vec![i(1), i(2)], vec![]), "!! ValueError: cannot switch from manual field specification to automatic field numbering"),
        (fmt("{:{:{}}}", vec![i(1), i(2), i(3)], vec![]), "!! ValueError: Max string recursion exceeded"),
        (fmt("{0.foo}", vec![i(5)], vec![]), "!! AttributeError: 'int' object has no attribute 'foo'"),
        (fmt("{0.real}", vec![s("s")], vec![]), "!! AttributeError: 'str' object has no attribute 'real'"),
        (fmt("{0.x}", vec![NONE], vec![]), "!! AttributeError: 'NoneType' object has no attribute 'x'"),
        (fmt("{0[0]}", vec![i(5)], vec![]), "!! TypeError: 'int' object is not subscriptable"),
        (fmt("{0[x]}", vec![s("abc")], vec![]), "!! TypeError: string indices must be integers, not 'str'"),
        (fmt("{0[5]}", vec![t(vec![i(1)])], vec![]), "!! IndexError: tuple index out of range"),
        (fmt("{99999999999999999999}", vec![i(1)], vec![]), "!! ValueError: Too many decimal digits in format string"),
        (fmt("{0[99999999999999999999]}", vec![t(vec![i(1)])], vec![]), "!! ValueError: Too many decimal digits in format string"),
        (fmt("{:d}", vec![f(1.5)], vec![]), "!! ValueError: Unknown format code 'd' for object of type 'float'"),
        (fmt("{:5}", vec![NONE], vec![]), "!! TypeError: unsupported format string passed to NoneType.__format__"),
        (fmt("{0:{1}}", vec![i(1), s("\u{663}\u{663}")], vec![]), "                                1"),
        (fmt("{:{}}", vec![i(1), big("4611686018427387904")], vec![]), "!! MemoryError"),
    ];
    check(cases);
}

#[test]
fn format_map() {
    // `str.format_map` with a stand-in mapping.
    // Expected values from python3.11.
    let cases: Vec<(String, &str)> = vec![
        (
            fmt_map("{a}-{b!r:>4}", vec![("a", i(1)), ("b", s("x"))]),
            "1- 'x'",
        ),
        (
            fmt_map("{0}", vec![]),
            "!! ValueError: Format string contains positional fields",
        ),
        (
            fmt_map("{}", vec![("a", i(1))]),
            "!! ValueError: Format string contains positional fields",
        ),
        (fmt_map("{z}", vec![("a", i(1))]), "!! KeyError: 'z'"),
        (fmt_map("{a[0]}", vec![("a", t(vec![i(7)]))]), "7"),
        (
            fmt_map("{a:{w}}|", vec![("a", s("x")), ("w", i(3))]),
            "x  |",
        ),
        (fmt_map("{{}}", vec![]), "{}"),
    ];
    check(cases);
}

#[test]
fn int_digit_limit() {
    // Expected values from python3.11 (default limit: 4300 digits).
    let huge = || big(&format!("1{}", "0".repeat(5000)));
    let limit = "!! ValueError: Exceeds the limit (4300 digits) for integer string conversion; \
                 use sys.set_int_max_str_digits() to increase the limit";
    assert_eq!(pct("%d", huge()), limit);
    assert_eq!(pct("%s", huge()), limit);
    assert_eq!(fmt("{}", vec![huge()], vec![]), limit);
    let hex = pct("%x", huge());
    assert_eq!(hex.len(), 4153);
    assert!(hex.starts_with("31e2080103") && hex.ends_with("0000"));
}

#[test]
fn unsupported_in_molt() {
    // CPython has these attributes and code points; Molt refuses them by name.
    assert_eq!(
        fmt("{0.upper}", vec![s("a")], vec![]),
        "!! NotImplementedError: attribute 'upper' of 'str' in a format field is not supported by Molt"
    );
    assert_eq!(
        fmt("{0.__class__}", vec![i(1)], vec![]),
        "!! NotImplementedError: attribute '__class__' of 'int' in a format field is not supported by Molt"
    );
    assert_eq!(
        pct("%c", i(0xD800)),
        "!! NotImplementedError: lone surrogates in str are not supported by Molt"
    );
    // ... but a name the type lacks is CPython's AttributeError.
    assert_eq!(
        fmt("{0.upper}", vec![TRUE], vec![]),
        "!! AttributeError: 'bool' object has no attribute 'upper'"
    );
    assert_eq!(fmt("{0.real!r}", vec![FALSE], vec![]), "0");
}

#[test]
fn references_are_balanced() {
    let item = s("item");
    crate::value::incref(item);
    let tup = t(vec![item, f(2.5)]);
    let before = (refcnt(item), refcnt(tup));
    let args = [tup];
    let kwargs = [("k", item)];
    let r = str_format("{0[0]}{0[1].real!r:>6}{k}{0[0]!a}", &args, &kwargs);
    assert_eq!(shown(value_text(r)), "item   2.5item'item'");
    let r = str_format("{0[0]}{0[1].real}{k}{0[2]}", &args, &kwargs);
    assert_eq!(
        shown(value_text(r)),
        "!! IndexError: tuple index out of range"
    );
    assert_eq!((refcnt(item), refcnt(tup)), before);
    decref(tup);
    let m = pairs(vec![("a", s("x")), ("b", i(1))]);
    let inner = match view(m) {
        Obj::Tuple(items) => items[0],
        _ => unreachable!("pairs builds a tuple"),
    };
    let before = (refcnt(m), refcnt(inner));
    assert_eq!(
        shown(percent_text("%(a)s%(b)d%(a)r", m, true, pairs_getitem)),
        "x1'x'"
    );
    assert_eq!(
        shown(percent_text("%(a)s%(zz)s", m, true, pairs_getitem)),
        "!! KeyError: 'zz'"
    );
    assert_eq!(
        shown(format_map_text("{a}{b}{a!r}", m, pairs_getitem)),
        "x1'x'"
    );
    assert_eq!((refcnt(m), refcnt(inner)), before);
    decref(m);
    decref(item);
}

#[test]
fn c_entry_points() {
    let fmt_v = s("%s=%05.1f");
    let args = t(vec![s("x"), f(2.25)]);
    let r = molt_str_mod(fmt_v, args);
    assert_eq!(shown(value_text(Ok(r))), "x=002.2");
    assert_eq!(
        shown(value_text(if molt_str_mod(args, fmt_v) == 0 {
            Err(crate::exc::Raised)
        } else {
            Ok(NONE)
        })),
        "!! TypeError: unsupported operand type(s) for %: 'tuple' and 'str'"
    );
    let tmpl = s("{}{k}");
    let pos = [i(1)];
    let kw = [s("k"), s("v")];
    // SAFETY: the pointers address `pos.len()` values and `kw.len()` values.
    let r = unsafe { molt_str_format(tmpl, pos.as_ptr(), 1, kw.as_ptr(), 1) };
    assert_eq!(shown(value_text(Ok(r))), "1v");
    let r = molt_str_format_map(tmpl, args);
    assert_eq!(
        shown(value_text(if r == 0 {
            Err(crate::exc::Raised)
        } else {
            Ok(r)
        })),
        "!! ValueError: Format string contains positional fields"
    );
    for v in [fmt_v, args, tmpl, kw[0], kw[1]] {
        decref(v);
    }
}
