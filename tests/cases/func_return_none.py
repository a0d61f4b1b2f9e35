def nothing():
    pass

def early(x):
    if x > 0:
        return
    print("not returned early")

def maybe(x):
    if x:
        return x * 2

print(nothing())
print(early(1))
print(early(-1))
print(maybe(3), maybe(0))
r = nothing()
print(r is None, r is not None, r == None)
def explicit() -> None:
    return None
print(explicit())
