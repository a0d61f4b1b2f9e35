# stdin bytes that are not UTF-8: CPython (PYTHONIOENCODING=utf-8, as the
# golden runner sets it) raises UnicodeDecodeError at the read that decodes
# them, here the first input(), whose own line is valid.
print("before")
print(input())
print(input())
