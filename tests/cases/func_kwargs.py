def box(w, h, d=1, label="box"):
    print(label, w, h, d, w * h * d)

box(2, 3)
box(2, 3, 4)
box(w=5, h=6)
box(h=6, w=5)
box(1, h=2, label="tall")
box(1, 2, label="named", d=7)
box(label="all", d=2, h=3, w=4)

def sub(a: int, b: int) -> int:
    return a - b

print(sub(10, 3), sub(b=10, a=3), sub(10, b=3))
print(round(2.675, 2), pow(2, 10, 1000))
print("a", "b", sep="-", end="!\n")
