def tag(s):
    print("eval", s)
    return s

print(tag("a") < tag("b") < tag("c"))
print(tag("b") < tag("a") < tag("c"))
print(tag("x") == tag("x") != tag("y"))
name = "molt"
if "a" <= name <= "z":
    print("lowercase start")
print(name == "molt" and name != "Molt")
