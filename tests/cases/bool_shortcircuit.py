print(0 or "x", "" and 5, 1 and 2, 0 and 1, None or 0, 0 or None, "a" or "b")
print(0.0 or -0.0, -0.0 or 0.0, False or 0, 0 or False, "" if False else "no list")
print(1 and 2 and 3, 1 and 0 and 3, 0 or 0 or 7, None or "" or 0.0)
print(not 0, not 1, not "", not "a", not None, not 0.0, not not 5)

def loud(v):
    print("eval", v)
    return v

print(loud(0) and loud(1))
print(loud(1) and loud(2))
print(loud(0) or loud(3))
print(loud(4) or loud(5))
print(loud(None) or loud("") or loud(0))
print(loud(1) and loud(0) or loud(9))
x = 5 if loud(True) else loud(6)
print(x)
