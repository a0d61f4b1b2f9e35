def check(s):
    if s:
        print("truthy:", s)
    else:
        print("falsy:", "<" + s + ">")

check("")
check("a")
check(" ")
check("0")
check("False")
print(bool(""), bool("x"), not "", not "x")
print("" or "default", "value" or "default", "" and "never", "a" and "b")
s = ""
while not s:
    s += "filled"
print(s)
