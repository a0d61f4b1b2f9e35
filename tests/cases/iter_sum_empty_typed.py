# sum() of an empty float sequence is the int 0, even in annotated code.
def total(xs: list[float]) -> float:
    return sum(x for x in xs)

def total_list(xs: list[float]) -> float:
    return sum(xs)

def show_total(xs: list[float]) -> None:
    s = sum(x * 2.0 for x in xs)
    print(s, type(s).__name__)

print(total([]), total([1.5]), total([-0.0]))
print(total_list([]), total_list([0.5, 0.25]))
show_total([])
show_total([1.0, 2.0])
def untyped(xs):
    return sum(x for x in xs)
print(untyped([]), untyped([0.0]), untyped([1, 2.0]))
print(type(total([])).__name__, type(total([1.0])).__name__)
