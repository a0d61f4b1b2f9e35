text = "line1\nline2\r\nline3\rline4\n\nline6\n"
print(text.splitlines())
print(text.splitlines(True))
print(text.splitlines(keepends=True))
print(text.split("\n"))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(), "no newline".splitlines())
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines())
print("x\r\n\r\ny".splitlines(), "x\r\n\r\ny".splitlines(True))
print("trailing\r".splitlines(True), "\r\n".splitlines(True))
count = 0
for ln in "alpha\nbeta\ngamma".splitlines():
    count += 1
    print(count, ln, len(ln))
