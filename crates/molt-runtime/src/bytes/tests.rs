//! Unit tests for bytes and bytearray; expected values from python3.11.

use super::*;
use crate::builtins::str_text;
use crate::value::decref;

/// `str()` of a result, or `!!Kind: message`.
fn show(r: PyResult<Value>) -> String {
    match r {
        Ok(v) => {
            let mut s = String::new();
            crate::builtins::repr_into(v, &mut s).ok();
            decref(v);
            s
        }
        Err(_) => {
            let e = crate::exc::molt_err_fetch();
            let t = crate::exc::final_line(e);
            decref(e);
            format!("!!{t}")
        }
    }
}

fn b(data: &[u8]) -> Value {
    bytes_from(data).unwrap_or(NONE)
}

fn call(recv: Value, name: &str, args: &[Value]) -> String {
    let n = str_new(name);
    let mut items = vec![recv, n];
    items.extend_from_slice(args);
    let r = crate::str_methods::call_method(&items);
    decref(n);
    show(r)
}

#[test]
fn repr_quoting() {
    assert_eq!(bytes_repr(b"abc"), "b'abc'");
    assert_eq!(bytes_repr(b"\x00\n\\'"), "b\"\\x00\\n\\\\'\"");
    assert_eq!(bytes_repr(b"'\""), "b'\\'\"'");
    assert_eq!(bytes_repr(b"\t\r\x7f\xff"), "b'\\t\\r\\x7f\\xff'");
    let a = bytearray_from(b"a'b".to_vec());
    assert_eq!(show(Ok(a)), "bytearray(b\"a\\'b\")");
    let a = bytearray_from(b"a'\"b".to_vec());
    assert_eq!(show(Ok(a)), "bytearray(b'a\\'\"b')");
}

#[test]
fn construction() {
    assert_eq!(show(bytes_new(UNBOUND)), "b''");
    assert_eq!(show(bytes_new(small(3))), "b'\\x00\\x00\\x00'");
    let s = str_new("a");
    assert_eq!(
        show(bytes_new(s)),
        "!!TypeError: string argument without an encoding"
    );
    decref(s);
    assert_eq!(show(bytes_new(small(-1))), "!!ValueError: negative count");
    assert_eq!(
        show(bytes_new(NONE)),
        "!!TypeError: cannot convert 'NoneType' object to bytes"
    );
    let l = crate::list::list_from_vec(vec![small(104), small(105)]);
    assert_eq!(show(bytes_new(l)), "b'hi'");
    decref(l);
    let l = crate::list::list_from_vec(vec![small(300)]);
    assert_eq!(
        show(bytes_new(l)),
        "!!ValueError: bytes must be in range(0, 256)"
    );
    assert_eq!(
        show(bytearray_new(l)),
        "!!ValueError: byte must be in range(0, 256)"
    );
    decref(l);
    let h = str_new("de ad be");
    assert_eq!(show(fromhex(h)), "b'\\xde\\xad\\xbe'");
    decref(h);
    let h = str_new("0 1");
    assert_eq!(
        show(fromhex(h)),
        "!!ValueError: non-hexadecimal number found in fromhex() arg at position 1"
    );
    decref(h);
}

#[test]
fn codecs() {
    let cases: &[(&[u8], &str)] = &[
        (b"\xff", "!!UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"),
        (b"a\xc3", "!!UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc3 in position 1: unexpected end of data"),
        (b"a\xc3(", "!!UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc3 in position 1: invalid continuation byte"),
        (b"\xf0\x9f\x98", "!!UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-2: unexpected end of data"),
        (b"\xf0\x9fx", "!!UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"),
        (b"\xed\xa0\x80", "!!UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"),
        (b"\xc3\xa9", "'\u{e9}'"),
    ];
    for &(data, want) in cases {
        let v = b(data);
        assert_eq!(call(v, "decode", &[]), want);
        decref(v);
    }
    let v = b(b"a\xff\xfe");
    let (enc, rep) = (str_new("utf-8"), str_new("replace"));
    assert_eq!(call(v, "decode", &[enc, rep]), "'a\u{fffd}\u{fffd}'");
    let l1 = str_new("latin-1");
    assert_eq!(call(v, "decode", &[l1]), "'a\u{ff}\u{fe}'");
    let s = str_new("\u{e9}");
    let ascii = str_new("ascii");
    assert_eq!(call(s, "encode", &[]), "b'\\xc3\\xa9'");
    assert_eq!(call(s, "encode", &[ascii]), "!!UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)");
    let foo = str_new("foo");
    assert_eq!(
        call(s, "encode", &[foo]),
        "!!LookupError: unknown encoding: foo"
    );
    for x in [v, enc, rep, l1, s, ascii, foo] {
        decref(x);
    }
}

#[test]
fn methods_and_ops() {
    let v = b(b" a,b,,c ");
    let comma = b(b",");
    assert_eq!(call(v, "split", &[comma]), "[b' a', b'b', b'', b'c ']");
    assert_eq!(call(v, "split", &[]), "[b'a,b,,c']");
    assert_eq!(call(v, "rsplit", &[comma, small(1)]), "[b' a,b,', b'c ']");
    assert_eq!(call(v, "strip", &[]), "b'a,b,,c'");
    assert_eq!(call(v, "count", &[comma]), "3");
    assert_eq!(call(v, "find", &[small(98)]), "3");
    assert_eq!(call(v, "rfind", &[comma]), "5");
    assert_eq!(
        call(v, "index", &[b(b"z")]),
        "!!ValueError: subsection not found"
    );
    assert_eq!(call(v, "upper", &[]), "b' A,B,,C '");
    assert_eq!(call(v, "hex", &[]), "'20612c622c2c6320'");
    assert_eq!(call(v, "startswith", &[b(b" a")]), "True");
    let s = str_new("a");
    assert_eq!(
        call(v, "startswith", &[s]),
        "!!TypeError: startswith first arg must be bytes or a tuple of bytes, not str"
    );
    assert_eq!(call(v, "replace", &[comma, b(b"--")]), "b' a--b----c '");
    assert_eq!(
        call(
            comma,
            "join",
            &[crate::list::list_from_vec(vec![b(b"x"), b(b"y")])]
        ),
        "b'x,y'"
    );
    assert_eq!(
        show(crate::ops::binop(crate::ops::BinOp::Add, comma, s)),
        "!!TypeError: can't concat str to bytes"
    );
    assert_eq!(
        show(crate::ops::binop(crate::ops::BinOp::Mul, comma, small(3))),
        "b',,,'"
    );
    assert_eq!(show(crate::seq::getitem(v, small(1))), "97");
    assert_eq!(
        show(crate::seq::getitem(v, small(10))),
        "!!IndexError: index out of range"
    );
    assert_eq!(
        show(crate::seq::slice(v, small(1), small(3), NONE)),
        "b'a,'"
    );
    assert_eq!(crate::seq::contains(v, b(b"b,")).ok(), Some(true));
    assert_eq!(
        crate::hash::hash(comma).ok(),
        Some(crate::hash::hash_text(",", 1))
    );

    let a = bytearray_from(b"ab".to_vec());
    assert_eq!(call(a, "append", &[small(99)]), "None");
    assert_eq!(
        call(a, "append", &[small(256)]),
        "!!ValueError: byte must be in range(0, 256)"
    );
    assert_eq!(
        call(a, "extend", &[small(1)]),
        "!!TypeError: can't extend bytearray with int"
    );
    assert_eq!(call(a, "extend", &[comma]), "None");
    assert_eq!(call(a, "pop", &[]), "44");
    assert!(crate::subscript::setitem(a, small(0), small(65)).is_ok());
    assert_eq!(
        show(Ok({
            incref(a);
            a
        })),
        "bytearray(b'Abc')"
    );
    assert_eq!(
        crate::ops::compare(crate::ops::CmpOp::Eq, a, b(b"Abc")).ok(),
        Some(true)
    );
    assert_eq!(
        show(crate::hash::hash(a).map(small)),
        "!!TypeError: unhashable type: 'bytearray'"
    );
    assert_eq!(call(a, "clear", &[]), "None");
    assert_eq!(
        call(a, "pop", &[]),
        "!!IndexError: pop from empty bytearray"
    );
    let e = b(b"");
    assert_eq!(
        call(e, "foo", &[]),
        "!!AttributeError: 'bytes' object has no attribute 'foo'"
    );
    let _ = str_text(e);
}

#[test]
fn edge_cases_match_python() {
    let m = |recv: &[u8], name: &str, args: &[Value]| {
        let r = b(recv);
        let out = call(r, name, args);
        decref(r);
        out
    };
    let (x, e, c, bc, a, dash, bb) = (
        b(b"x"),
        b(b""),
        b(b"c"),
        b(b"bc"),
        b(b"a"),
        b(b"-"),
        b(b"bb"),
    );
    assert_eq!(m(b"  a b ", "split", &[NONE, small(0)]), "[b'a b ']");
    assert_eq!(m(b" a b ", "rsplit", &[NONE, small(0)]), "[b' a b']");
    assert_eq!(
        m(b"a  b  c ", "split", &[NONE, small(1)]),
        "[b'a', b'b  c ']"
    );
    assert_eq!(
        m(b" a b  c", "rsplit", &[NONE, small(1)]),
        "[b' a b', b'c']"
    );
    assert_eq!(m(b"abc", "startswith", &[e, small(5)]), "False");
    assert_eq!(m(b"abc", "startswith", &[e, small(3)]), "True");
    assert_eq!(m(b"abc", "endswith", &[c, small(0), small(2)]), "False");
    let t = crate::tuple::tuple_from_borrowed(&[x, bc]).unwrap_or(NONE);
    assert_eq!(m(b"abc", "endswith", &[t]), "True");
    decref(t);
    assert_eq!(m(b"abc", "find", &[e, small(5)]), "-1");
    assert_eq!(m(b"abc", "find", &[e, small(3)]), "3");
    assert_eq!(m(b"abc", "count", &[e]), "4");
    assert_eq!(m(b"abc", "count", &[e, small(5)]), "0");
    assert_eq!(m(b"abc", "rfind", &[e, small(1), small(2)]), "2");
    assert_eq!(m(b"aaa", "replace", &[e, dash]), "b'-a-a-a-'");
    assert_eq!(m(b"aaa", "replace", &[e, dash, small(2)]), "b'-a-aa'");
    assert_eq!(m(b"aaa", "replace", &[a, bb, small(2)]), "b'bbbba'");
    assert_eq!(m(b"xxaxx", "strip", &[x]), "b'a'");
    assert_eq!(m(b"AbC", "swapcase", &[]), "b'aBc'");
    assert_eq!(m(b"", "isdigit", &[]), "False");
    assert_eq!(m(b"A1", "isalnum", &[]), "True");
    let abc = b(b"abc");
    assert_eq!(crate::hash::hash(abc).ok(), Some(-4594863902769663758));
    assert_eq!(
        show(crate::seq::slice(abc, NONE, NONE, small(-1))),
        "b'cba'"
    );
    let it = crate::seq::iter(abc).unwrap_or(NONE);
    assert_eq!(show(crate::seq::iter_next(it)), "97");
    assert_eq!(crate::value::type_name(it), "bytes_iterator");
    decref(it);
    let ab = bytearray_from(b"ab".to_vec());
    assert_eq!(
        show(crate::ops::binop(crate::ops::BinOp::Mul, ab, small(2))),
        "bytearray(b'abab')"
    );
    assert_eq!(
        show(crate::ops::binop(crate::ops::BinOp::Mul, small(3), a)),
        "b'aaa'"
    );
    assert_eq!(
        show(crate::ops::binop(crate::ops::BinOp::Mul, a, small(-1))),
        "b''"
    );
    assert_eq!(
        crate::ops::compare(crate::ops::CmpOp::Gt, ab, a).ok(),
        Some(true)
    );
    assert_eq!(
        crate::ops::compare(crate::ops::CmpOp::Lt, a, abc).ok(),
        Some(true)
    );
    assert_eq!(
        show(crate::seq::slice(ab, small(1), NONE, NONE)),
        "bytearray(b'b')"
    );
    let r = crate::inplace::inplace(crate::ops::BinOp::Add, ab, bc);
    assert_eq!(r.ok(), Some(ab));
    decref(ab);
    assert_eq!(show(Ok(ab)), "bytearray(b'abbc')");
    for v in [x, e, c, bc, a, dash, bb, abc] {
        decref(v);
    }
}

#[test]
fn keyword_arguments() {
    let kw_call = |recv: Value, name: &str, args: &[Value], names: &[&str]| {
        let n = str_new(name);
        let mut items = vec![recv, n];
        items.extend_from_slice(args);
        let knames: Vec<Value> = names.iter().map(|s| str_new(s)).collect();
        let kt = crate::tuple::tuple_from_owned(knames).unwrap_or(NONE);
        let r = crate::kwargs::call_method_kw(&items, kt);
        decref(kt);
        decref(n);
        show(r)
    };
    let v = b(b"a\xffb");
    let ign = str_new("ignore");
    assert_eq!(kw_call(v, "decode", &[ign], &["errors"]), "'ab'");
    let s = str_new("\u{e9}x");
    let ascii = str_new("ascii");
    assert_eq!(
        kw_call(s, "encode", &[ascii, ign], &["encoding", "errors"]),
        "b'x'"
    );
    let w = b(b"a b c");
    assert_eq!(
        kw_call(w, "split", &[small(1)], &["maxsplit"]),
        "[b'a', b'b c']"
    );
    for x in [v, ign, s, ascii, w] {
        decref(x);
    }
}

#[test]
fn bytearray_slices() {
    use crate::subscript::{delslice, setslice};
    let run = |f: &dyn Fn(Value) -> PyResult<()>| {
        let a = bytearray_from(b"abcdef".to_vec());
        let r = f(a);
        match r {
            Ok(()) => show(Ok(a)),
            Err(e) => {
                decref(a);
                show(Err(e))
            }
        }
    };
    let xyz = b(b"XYZ");
    let xy = b(b"xy");
    assert_eq!(
        run(&|a| setslice(a, small(1), small(3), NONE, xyz)),
        "bytearray(b'aXYZdef')"
    );
    assert_eq!(
        run(&|a| setslice(a, small(1), small(3), NONE, small(3))),
        "!!TypeError: can assign only bytes, buffers, or iterables of ints in range(0, 256)"
    );
    assert_eq!(
        run(&|a| setslice(a, NONE, NONE, small(2), xyz)),
        "bytearray(b'XbYdZf')"
    );
    assert_eq!(
        run(&|a| setslice(a, NONE, NONE, small(2), xy)),
        "!!ValueError: attempt to assign bytes of size 2 to extended slice of size 3"
    );
    assert_eq!(
        run(&|a| delslice(a, NONE, NONE, small(2))),
        "bytearray(b'bdf')"
    );
    assert_eq!(
        run(&|a| delslice(a, small(1), small(3), NONE)),
        "bytearray(b'adef')"
    );
    assert_eq!(
        run(&|a| setslice(a, small(5), small(1), NONE, b(b"Q"))),
        "bytearray(b'abcdeQf')"
    );
    assert_eq!(
        run(&|a| setslice(a, small(1), small(3), NONE, a)),
        "bytearray(b'aabcdefdef')"
    );
    decref(xyz);
    decref(xy);
}

#[test]
fn hex_and_ord() {
    let v = b(b"abcde");
    let colon = str_new(":");
    let dash = b(b"-");
    let two = str_new("::");
    assert_eq!(call(v, "hex", &[colon]), "'61:62:63:64:65'");
    assert_eq!(call(v, "hex", &[colon, small(2)]), "'61:6263:6465'");
    assert_eq!(call(v, "hex", &[dash, small(-2)]), "'6162-6364-65'");
    assert_eq!(
        call(v, "hex", &[two]),
        "!!ValueError: sep must be length 1."
    );
    assert_eq!(
        show(crate::builtins::ord(v)),
        "!!TypeError: ord() expected a character, but string of length 5 found"
    );
    assert_eq!(show(crate::builtins::ord(dash)), "45");
    for x in [v, colon, dash, two] {
        decref(x);
    }
}

/// `recv.name(*args)` on a fresh bytes (`ba` false) or bytearray receiver.
fn on(ba: bool, recv: &[u8], name: &str, args: &[Value]) -> String {
    let r = if ba {
        bytearray_from(recv.to_vec())
    } else {
        b(recv)
    };
    let out = call(r, name, args);
    decref(r);
    out
}

#[test]
fn padding() {
    let (star, two, ba_dot) = (b(b"*"), b(b"**"), bytearray_from(b".".to_vec()));
    assert_eq!(on(false, b"ab", "center", &[small(5)]), "b'  ab '");
    assert_eq!(on(false, b"abc", "center", &[small(6), star]), "b'*abc**'");
    assert_eq!(on(false, b"ab", "center", &[small(7), star]), "b'***ab**'");
    assert_eq!(
        on(true, b"ab", "ljust", &[small(4), ba_dot]),
        "bytearray(b'ab..')"
    );
    assert_eq!(on(false, b"ab", "rjust", &[small(-3)]), "b'ab'");
    assert_eq!(
        on(false, b"ab", "center", &[small(5), two]),
        "!!TypeError: center() argument 2 must be a byte string of length 1, not bytes"
    );
    assert_eq!(
        on(false, b"ab", "rjust", &[small(5), NONE]),
        "!!TypeError: rjust() argument 2 must be a byte string of length 1, not None"
    );
    assert_eq!(
        on(false, b"ab", "ljust", &[]),
        "!!TypeError: ljust expected at least 1 argument, got 0"
    );
    assert_eq!(on(false, b"-42", "zfill", &[small(6)]), "b'-00042'");
    assert_eq!(on(false, b"+", "zfill", &[small(3)]), "b'+00'");
    assert_eq!(on(true, b"", "zfill", &[small(2)]), "bytearray(b'00')");
    assert_eq!(
        on(false, b"1", "zfill", &[]),
        "!!TypeError: bytes.zfill() takes exactly one argument (0 given)"
    );
    let s = b(b"same");
    assert_eq!(
        crate::str_methods::call_method(&[s, str_new("zfill"), small(2)]).ok(),
        Some(s)
    );
    decref(s);
    for v in [star, two, ba_dot, s] {
        decref(v);
    }
}

#[test]
fn tabs_and_case() {
    assert_eq!(
        on(false, b"a\tbc\td", "expandtabs", &[small(3)]),
        "b'a  bc d'"
    );
    assert_eq!(
        on(false, b"ab\r\tc", "expandtabs", &[small(4)]),
        "b'ab\\r    c'"
    );
    assert_eq!(
        on(true, b"\tx", "expandtabs", &[small(-1)]),
        "bytearray(b'x')"
    );
    assert_eq!(on(false, b"\t", "expandtabs", &[]), "b'        '");
    assert_eq!(
        on(false, b"\t", "expandtabs", &[small(1), small(2)]),
        "!!TypeError: expandtabs() takes at most 1 argument (2 given)"
    );
    assert_eq!(
        on(false, b"hELLO wORLD", "capitalize", &[]),
        "b'Hello world'"
    );
    assert_eq!(
        on(true, b"\xe9t\xe9 x1y", "title", &[]),
        "bytearray(b'\\xe9T\\xe9 X1Y')"
    );
    assert_eq!(on(false, b"they're", "title", &[]), "b\"They'Re\"");
    for (data, want) in [
        (&b"Hello World"[..], "True"),
        (b"Hello world", "False"),
        (b"HELLO", "False"),
        (b"A1 B2", "True"),
        (b"\xe9", "False"),
        (b"A\xe9B", "True"),
        (b"", "False"),
    ] {
        assert_eq!(on(false, data, "istitle", &[]), want, "{data:?}");
    }
    assert_eq!(on(false, b"", "isascii", &[]), "True");
    assert_eq!(on(true, b"a\x80", "isascii", &[]), "False");
    assert_eq!(
        on(true, b"a", "isascii", &[small(1)]),
        "!!TypeError: bytearray.isascii() takes no arguments (1 given)"
    );
}

#[test]
fn partition_and_affixes() {
    let (eq, empty, s) = (b(b"="), b(b""), str_new("="));
    let ba_eq = bytearray_from(b"=".to_vec());
    assert_eq!(
        on(false, b"a=b=c", "partition", &[eq]),
        "(b'a', b'=', b'b=c')"
    );
    assert_eq!(
        on(false, b"a=b=c", "rpartition", &[eq]),
        "(b'a=b', b'=', b'c')"
    );
    assert_eq!(on(false, b"abc", "rpartition", &[eq]), "(b'', b'', b'abc')");
    assert_eq!(
        on(true, b"a=b", "partition", &[eq]),
        "(bytearray(b'a'), bytearray(b'='), bytearray(b'b'))"
    );
    // A bytes receiver hands back the separator object itself.
    assert_eq!(
        on(false, b"a=b", "partition", &[ba_eq]),
        "(b'a', bytearray(b'='), b'b')"
    );
    assert_eq!(
        on(false, b"a", "partition", &[empty]),
        "!!ValueError: empty separator"
    );
    assert_eq!(
        on(false, b"a", "partition", &[s]),
        "!!TypeError: a bytes-like object is required, not 'str'"
    );
    assert_eq!(on(false, b"=x=", "removeprefix", &[eq]), "b'x='");
    assert_eq!(
        on(true, b"=x=", "removesuffix", &[ba_eq]),
        "bytearray(b'=x')"
    );
    assert_eq!(on(false, b"x", "removesuffix", &[empty]), "b'x'");
    assert_eq!(
        on(false, b"x", "removeprefix", &[small(1)]),
        "!!TypeError: a bytes-like object is required, not 'int'"
    );
    for v in [eq, empty, s, ba_eq] {
        decref(v);
    }
}

#[test]
fn splitlines_breaks_only_at_cr_and_lf() {
    let got: Vec<&[u8]> = text::lines(b"a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85", false);
    assert_eq!(
        got,
        [&b"a"[..], b"b", b"c", b"d\x0be\x0cf\x1cg\x1dh\x1ei\x85"]
    );
    assert_eq!(text::lines(b"\r\r\n\n", true), [&b"\r"[..], b"\r\n", b"\n"]);
    assert!(text::lines(b"", true).is_empty());
    assert_eq!(on(false, b"x\ny\n", "splitlines", &[]), "[b'x', b'y']");
    assert_eq!(
        on(true, b"x\r\ny", "splitlines", &[crate::value::TRUE]),
        "[bytearray(b'x\\r\\n'), bytearray(b'y')]"
    );
    let s = str_new("x");
    assert_eq!(
        on(false, b"x", "splitlines", &[s]),
        "!!TypeError: 'str' object cannot be interpreted as an integer"
    );
    decref(s);
}

#[test]
fn translate_and_maketrans() {
    let (ab, xy, x, b_) = (b(b"ab"), b(b"xy"), b(b"x"), b(b"b"));
    let table =
        crate::str_methods::call_method(&[ab, str_new("maketrans"), ab, xy]).unwrap_or(NONE);
    assert_eq!(on(false, b"abc", "translate", &[table]), "b'xyc'");
    assert_eq!(
        on(true, b"abc", "translate", &[table, b_]),
        "bytearray(b'xc')"
    );
    assert_eq!(on(false, b"abc", "translate", &[NONE, b_]), "b'ac'");
    assert_eq!(
        on(false, b"abc", "translate", &[x]),
        "!!ValueError: translation table must be 256 characters long"
    );
    assert_eq!(
        on(false, b"abc", "translate", &[]),
        "!!TypeError: translate() takes at least 1 positional argument (0 given)"
    );
    assert_eq!(
        on(false, b"abc", "translate", &[NONE, NONE]),
        "!!TypeError: a bytes-like object is required, not 'NoneType'"
    );
    assert_eq!(
        on(true, b"", "maketrans", &[ab, x]),
        "!!ValueError: maketrans arguments must have same length"
    );
    assert_eq!(
        on(false, b"", "maketrans", &[ab]),
        "!!TypeError: maketrans expected 2 arguments, got 1"
    );
    for v in [ab, xy, x, b_, table] {
        decref(v);
    }
}

#[test]
fn argument_messages_name_the_type() {
    assert_eq!(
        on(true, b"a", "upper", &[small(1)]),
        "!!TypeError: bytearray.upper() takes no arguments (1 given)"
    );
    assert_eq!(
        on(false, b"a", "join", &[]),
        "!!TypeError: bytes.join() takes exactly one argument (0 given)"
    );
    assert_eq!(
        on(false, b"a", "join", &[small(5)]),
        "!!TypeError: can only join an iterable"
    );
    assert_eq!(
        on(false, b"a", "find", &[]),
        "!!TypeError: find() takes at least 1 argument (0 given)"
    );
    assert_eq!(
        on(true, b"a", "insert", &[small(0)]),
        "!!TypeError: insert expected 2 arguments, got 1"
    );
    let colon = str_new(":");
    let big = crate::int::int_from_i128(1 << 80);
    assert_eq!(
        on(false, b"ab", "hex", &[colon, big]),
        "!!OverflowError: Python int too large to convert to C int"
    );
    assert_eq!(
        on(true, b"ab", "pop", &[big]),
        "!!OverflowError: Python int too large to convert to C ssize_t"
    );
    assert_eq!(
        on(false, b"ab", "hex", &[small(5)]),
        "!!TypeError: object of type 'int' has no len()"
    );
    let ba_colon = bytearray_from(b":".to_vec());
    assert_eq!(
        on(false, b"ab", "hex", &[ba_colon]),
        "!!TypeError: sep must be str or bytes."
    );
    let empty = str_new("");
    assert_eq!(on(true, b"a", "extend", &[empty]), "None");
    // An unbound argument is a gap a keyword binder left: not given.
    assert_eq!(on(false, b"ab", "hex", &[UNBOUND, small(2)]), "'6162'");
    assert_eq!(on(false, b"\t", "expandtabs", &[UNBOUND]), "b'        '");
    assert_eq!(on(false, b"a\n", "splitlines", &[UNBOUND]), "[b'a']");
    assert_eq!(on(false, b"ab", "translate", &[NONE, UNBOUND]), "b'ab'");
    for v in [colon, big, ba_colon, empty] {
        decref(v);
    }
}
