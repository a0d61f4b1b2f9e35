# A program written after the features, not tuned for (session 8).
def tokenize(expr: str) -> list[str]:
    out: list[str] = []
    num = ""
    for ch in expr:
        if ch.isdigit() or ch == ".":
            num += ch
            continue
        if num:
            out.append(num)
            num = ""
        if ch in "+-*/()":
            out.append(ch)
    if num:
        out.append(num)
    return out

PREC = {"+": 1, "-": 1, "*": 2, "/": 2}

def to_rpn(tokens: list[str]) -> list[str]:
    out: list[str] = []
    ops: list[str] = []
    for t in tokens:
        if t in PREC:
            while ops and ops[-1] in PREC and PREC[ops[-1]] >= PREC[t]:
                out.append(ops.pop())
            ops.append(t)
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            out.append(t)
    while ops:
        out.append(ops.pop())
    return out

def evaluate(rpn: list[str]) -> float:
    st: list[float] = []
    for t in rpn:
        if t in PREC:
            b, a = st.pop(), st.pop()
            st.append(a + b if t == "+" else a - b if t == "-" else a * b if t == "*" else a / b)
        else:
            st.append(float(t))
    return st[0]

for e in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 0.5", "2 * (3 + 4) * 5 / 7"]:
    toks = tokenize(e)
    rpn = to_rpn(toks)
    print(f"{e!r:>22} -> {' '.join(rpn):<20} = {evaluate(rpn):.4f}")
