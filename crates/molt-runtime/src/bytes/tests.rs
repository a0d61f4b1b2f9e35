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
    assert_eq!(show(Ok(a)), "bytearray(b\"a'b\")");
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
