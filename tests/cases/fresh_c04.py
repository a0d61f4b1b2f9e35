# A small JSON-like pretty printer for nested dicts/lists

def is_scalar(v):
    return isinstance(v, (int, float, str, bool)) or v is None

def scalar_repr(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        escaped = v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return '"' + escaped + '"'
    return str(v)

def pretty(v, indent):
    pad = "  " * indent
    inner = "  " * (indent + 1)
    if is_scalar(v):
        return scalar_repr(v)
    if isinstance(v, dict):
        if not v:
            return "{}"
        parts = []
        for k in sorted(v):
            parts.append(inner + scalar_repr(k) + ": " + pretty(v[k], indent + 1))
        return "{\n" + ",\n".join(parts) + "\n" + pad + "}"
    if not v:
        return "[]"
    if all(is_scalar(x) for x in v) and len(v) <= 4:
        return "[" + ", ".join(scalar_repr(x) for x in v) + "]"
    return "[\n" + ",\n".join(inner + pretty(x, indent + 1) for x in v) + "\n" + pad + "]"

def depth(v):
    if isinstance(v, dict):
        return 1 + max([depth(x) for x in v.values()], default=0)
    if isinstance(v, list):
        return 1 + max([depth(x) for x in v], default=0)
    return 0

def count_leaves(v):
    if isinstance(v, dict):
        return sum(count_leaves(x) for x in v.values())
    if isinstance(v, list):
        return sum(count_leaves(x) for x in v)
    return 1

def flatten(v, prefix, out):
    if isinstance(v, dict):
        for k in sorted(v):
            flatten(v[k], prefix + "." + k if prefix else k, out)
    elif isinstance(v, list):
        for i, x in enumerate(v):
            flatten(x, f"{prefix}[{i}]", out)
    else:
        out.append((prefix, v))
    return out


doc = {
    "name": "molt",
    "version": 3,
    "ratio": 0.125,
    "active": True,
    "owner": None,
    "tags": ["compiler", "python", "aot"],
    "deps": [{"name": "cranelift", "pinned": False}, {"name": "x", "opts": {}}],
    "matrix": [[1, 2], [3, 4], []],
    "notes": 'say "hi"\nbye',
    "empty": [],
}

print(pretty(doc, 0))
print("depth:", depth(doc))
print("leaves:", count_leaves(doc))
for path, val in flatten(doc, "", []):
    print(f"{path:<20} = {scalar_repr(val)}")
print(pretty([1, "two", [3, [4, [5]]], {"k": [True, None]}], 0))
