KEYWORDS = {"let", "if", "else", "while", "print"}
OPS = ["==", "!=", "<=", ">=", "+", "-", "*", "/", "=", "<", ">", "(", ")", "{", "}", ";"]

def tokenize(src):
    toks = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
            continue
        if c.isdigit():
            j = i
            while j < n and src[j].isdigit():
                j += 1
            toks.append(("NUM", int(src[i:j])))
            i = j
            continue
        if c.isalpha() or c == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            toks.append(("KW" if word in KEYWORDS else "ID", word))
            i = j
            continue
        if c == '"':
            j = src.index('"', i + 1)
            toks.append(("STR", src[i + 1:j]))
            i = j + 1
            continue
        matched = False
        for op in OPS:
            if src.startswith(op, i):
                toks.append(("OP", op))
                i += len(op)
                matched = True
                break
        if not matched:
            toks.append(("ERR", c))
            i += 1
    return toks

src = 'let x = 10; while (x >= 0) { print("x is", x); x = x - 3; } if x != -2 { y_1 = x * 2 } @'
toks = tokenize(src)
for t in toks:
    print(t)
kinds = {}
for k, v in toks:
    kinds[k] = kinds.get(k, 0) + 1
print(kinds)
print(sorted({v for k, v in toks if k == "ID"}), [v for k, v in toks if k == "NUM"])
