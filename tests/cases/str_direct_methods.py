# str methods called on receivers known to be strs, through their own
# entry points: every optional-argument shape and the errors.
def show(label: str, v: object) -> None:
    print(label, repr(v))


s = "  Hello, World  "
w = "a,b,,c"
u = "ünï,cödé"
show("upper", s.upper())
show("lower", u.lower())
show("upper-u", u.upper())
show("strip", s.strip())
show("strip-chars", "xxhixx".strip("x"))
show("strip-none", s.strip(None))
show("lstrip", s.lstrip())
show("rstrip", s.rstrip(" d"))
show("split", s.split())
show("split-sep", w.split(","))
show("split-none", w.split(None))
show("split-u", u.split(","))
show("split-empty", "".split(","))
show("splitlines", "a\nb\r\nc\x0bd".splitlines())
show("join", "-".join(["x", "y", "z"]))
show("join-tuple", "-".join(("x", "y")))
show("join-str", "-".join("abc"))
show("join-gen", "-".join(p for p in w.split(",") if p))
show("replace", w.replace(",", ";"))
show("startswith", s.startswith("  H"))
show("startswith-tuple", w.startswith(("b", "a")))
show("endswith", u.endswith("dé"))
show("find", u.find("ö"))
show("find-missing", w.find("z"))
show("count", w.count(","))
show("count-empty", w.count(""))
show("startswith-short", w.startswith(("a", 1)))
