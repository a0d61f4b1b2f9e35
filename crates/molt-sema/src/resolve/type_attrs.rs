//! The builtin types whose methods can be used as values (`key=str.lower`,
//! `map(int.bit_length, xs)`), with their public attributes as CPython
//! 3.11's `dir()` lists them. Any other name is looked up at run time, where the
//! type object raises CPython's AttributeError.

/// `(type, attributes)`, each list sorted.
const TYPE_ATTRS: &[(&str, &[&str])] = &[
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
];

/// Does builtin type `ty` have a public attribute `name`?
pub(super) fn type_has_attr(ty: &str, name: &str) -> bool {
    TYPE_ATTRS
        .iter()
        .find(|(t, _)| *t == ty)
        .is_some_and(|(_, names)| names.binary_search(&name).is_ok())
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
    }
}
