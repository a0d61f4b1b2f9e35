//! The public attributes of the builtin types whose values a program can
//! hold, as CPython 3.11's `dir()` lists them (names starting with `_`
//! left out). Sema accepts a builtin type's method as a value
//! (`key=str.lower`) only when it is listed; the runtime makes a bound
//! method (`"a".upper`) only for a listed name and raises CPython's
//! `AttributeError` for any other.

/// `(type name, attributes)`, each list sorted (for binary search).
pub const TYPE_ATTRS: &[(&str, &[&str])] = &[
    (
        "str",
        &[
            "capitalize",
            "casefold",
            "center",
            "count",
            "encode",
            "endswith",
            "expandtabs",
            "find",
            "format",
            "format_map",
            "index",
            "isalnum",
            "isalpha",
            "isascii",
            "isdecimal",
            "isdigit",
            "isidentifier",
            "islower",
            "isnumeric",
            "isprintable",
            "isspace",
            "istitle",
            "isupper",
            "join",
            "ljust",
            "lower",
            "lstrip",
            "maketrans",
            "partition",
            "removeprefix",
            "removesuffix",
            "replace",
            "rfind",
            "rindex",
            "rjust",
            "rpartition",
            "rsplit",
            "rstrip",
            "split",
            "splitlines",
            "startswith",
            "strip",
            "swapcase",
            "title",
            "translate",
            "upper",
            "zfill",
        ],
    ),
    (
        "list",
        &[
            "append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove",
            "reverse", "sort",
        ],
    ),
    (
        "dict",
        &[
            "clear",
            "copy",
            "fromkeys",
            "get",
            "items",
            "keys",
            "pop",
            "popitem",
            "setdefault",
            "update",
            "values",
        ],
    ),
    (
        "set",
        &[
            "add",
            "clear",
            "copy",
            "difference",
            "difference_update",
            "discard",
            "intersection",
            "intersection_update",
            "isdisjoint",
            "issubset",
            "issuperset",
            "pop",
            "remove",
            "symmetric_difference",
            "symmetric_difference_update",
            "union",
            "update",
        ],
    ),
    (
        "frozenset",
        &[
            "copy",
            "difference",
            "intersection",
            "isdisjoint",
            "issubset",
            "issuperset",
            "symmetric_difference",
            "union",
        ],
    ),
    ("tuple", &["count", "index"]),
    (
        "int",
        &[
            "as_integer_ratio",
            "bit_count",
            "bit_length",
            "conjugate",
            "denominator",
            "from_bytes",
            "imag",
            "numerator",
            "real",
            "to_bytes",
        ],
    ),
    (
        "float",
        &[
            "as_integer_ratio",
            "conjugate",
            "fromhex",
            "hex",
            "imag",
            "is_integer",
            "real",
        ],
    ),
    (
        "bytes",
        &[
            "capitalize",
            "center",
            "count",
            "decode",
            "endswith",
            "expandtabs",
            "find",
            "fromhex",
            "hex",
            "index",
            "isalnum",
            "isalpha",
            "isascii",
            "isdigit",
            "islower",
            "isspace",
            "istitle",
            "isupper",
            "join",
            "ljust",
            "lower",
            "lstrip",
            "maketrans",
            "partition",
            "removeprefix",
            "removesuffix",
            "replace",
            "rfind",
            "rindex",
            "rjust",
            "rpartition",
            "rsplit",
            "rstrip",
            "split",
            "splitlines",
            "startswith",
            "strip",
            "swapcase",
            "title",
            "translate",
            "upper",
            "zfill",
        ],
    ),
    (
        "bytearray",
        &[
            "append",
            "capitalize",
            "center",
            "clear",
            "copy",
            "count",
            "decode",
            "endswith",
            "expandtabs",
            "extend",
            "find",
            "fromhex",
            "hex",
            "index",
            "insert",
            "isalnum",
            "isalpha",
            "isascii",
            "isdigit",
            "islower",
            "isspace",
            "istitle",
            "isupper",
            "join",
            "ljust",
            "lower",
            "lstrip",
            "maketrans",
            "partition",
            "pop",
            "remove",
            "removeprefix",
            "removesuffix",
            "replace",
            "reverse",
            "rfind",
            "rindex",
            "rjust",
            "rpartition",
            "rsplit",
            "rstrip",
            "split",
            "splitlines",
            "startswith",
            "strip",
            "swapcase",
            "title",
            "translate",
            "upper",
            "zfill",
        ],
    ),
    ("range", &["count", "index", "start", "step", "stop"]),
    ("dict_keys", &["isdisjoint", "mapping"]),
    ("dict_values", &["mapping"]),
    ("dict_items", &["isdisjoint", "mapping"]),
];

/// The public attributes of the builtin type named `ty`, if it is listed.
pub fn attrs_of(ty: &str) -> Option<&'static [&'static str]> {
    TYPE_ATTRS
        .iter()
        .find(|(t, _)| *t == ty)
        .map(|(_, names)| *names)
}

/// Does the builtin type named `ty` have a public attribute `name`?
pub fn type_has_attr(ty: &str, name: &str) -> bool {
    attrs_of(ty).is_some_and(|names| names.binary_search(&name).is_ok())
}

/// The attributes of the standard stream `which` (0, 1, 2: `sys.stdin`,
/// `sys.stdout`, `sys.stderr`; 3, 4, 5: their `buffer`s) that Molt
/// supports; sema refuses the others.
pub fn stream_has_attr(which: u8, name: &str) -> bool {
    match which {
        0 => matches!(
            name,
            "read" | "readline" | "readlines" | "buffer" | "isatty"
        ),
        1 | 2 => matches!(name, "write" | "flush" | "buffer" | "isatty"),
        3 => matches!(name, "read" | "readline" | "readlines" | "isatty"),
        _ => matches!(name, "write" | "flush" | "isatty"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attribute_lists_are_sorted_for_binary_search() {
        for (t, names) in TYPE_ATTRS {
            assert!(names.windows(2).all(|w| w[0] < w[1]), "{t}");
        }
        assert!(type_has_attr("str", "upper") && !type_has_attr("str", "foo"));
        assert!(type_has_attr("bytes", "decode") && !type_has_attr("nothing", "decode"));
    }
}
