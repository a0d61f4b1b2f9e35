# A tiny stack VM / RPN calculator over str.split() tokens
import math

BINARY = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "//": lambda a, b: a // b,
    "%": lambda a, b: a % b,
    "^": lambda a, b: a ** b,
    "max": lambda a, b: max(a, b),
}
UNARY = {
    "neg": lambda a: -a,
    "sqrt": lambda a: math.sqrt(a),
    "abs": lambda a: abs(a),
    "floor": lambda a: math.floor(a),
}

def parse_number(tok):
    if "." in tok or "e" in tok:
        return float(tok)
    return int(tok)

def run(program, trace):
    stack = []
    for tok in program.split():
        if tok in BINARY:
            if len(stack) < 2:
                return "error: stack underflow at " + repr(tok)
            b = stack.pop()
            a = stack.pop()
            stack.append(BINARY[tok](a, b))
        elif tok in UNARY:
            stack.append(UNARY[tok](stack.pop()))
        elif tok == "dup":
            stack.append(stack[-1])
        elif tok == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif tok == "sum":
            stack = [sum(stack)]
        elif tok.lstrip("-").replace(".", "", 1).replace("e", "", 1).isdigit():
            stack.append(parse_number(tok))
        else:
            return f"error: unknown token {tok!r}"
        if trace:
            print(f"    {tok:>6} | {stack}")
    if len(stack) != 1:
        return "error: leftover stack " + str(stack)
    return stack[0]


programs = [
    "3 4 + 2 *",
    "5 1 2 + 4 * + 3 -",
    "2 10 ^ 1000 -",
    "7 2 / 7 2 // 7 2 % -7 2 // -7 2 %",
    "1 2 3 4 5 sum",
    "16 sqrt 2.5 * floor neg abs",
    "9 dup * 2 swap -",
    "1 +",
    "1 2 3",
    "4 foo",
    "2 100 ^ 3 max 7 %",
    "0.1 0.2 +",
]
for i, prog in enumerate(programs):
    trace = i < 2
    if trace:
        print(f"trace of {prog!r}:")
    result = run(prog, trace)
    kind = type(result).__name__
    print(f"[{i:02}] {prog:<36} => {result} ({kind})")
results = [run(p, False) for p in programs]
nums = [r for r in results if not isinstance(r, str)]
print("numeric:", len(nums), "errors:", len(results) - len(nums))
print("sum of ints:", sum(r for r in nums if isinstance(r, int)))
print("ops used:", sorted({t for p in programs for t in p.split() if t in BINARY or t in UNARY}))
print(run("1 0 /", False))
