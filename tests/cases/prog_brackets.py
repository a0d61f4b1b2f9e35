PAIRS = {")": "(", "]": "[", "}": "{"}

def check(s):
    stack = []
    for i, ch in enumerate(s):
        if ch in "([{":
            stack.append((ch, i))
        elif ch in PAIRS:
            if not stack:
                return f"unexpected {ch!r} at {i}"
            top, pos = stack.pop()
            if top != PAIRS[ch]:
                return f"mismatch {top!r}@{pos} vs {ch!r}@{i}"
    if stack:
        return f"unclosed {[c for c, _ in stack]}"
    return "ok"

def depth(s):
    d = 0
    best = 0
    for ch in s:
        if ch in "([{":
            d += 1
            best = max(best, d)
        elif ch in ")]}":
            d -= 1
    return best

for s in ["()", "([]{})", "((())", "())", "{[(])}", "", "a(b[c]{d}e)f", "]", "(((", "{{[[(())]]}}"]:
    print(f"{s!r:16} {check(s):<28} depth={depth(s)}")
