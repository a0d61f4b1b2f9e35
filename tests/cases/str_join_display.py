# sep.join([...]) with a list display joins the items directly; the
# results and errors must be those of joining a list.
def name(i: int) -> str:
    return "n" + str(i)


for i in range(3):
    print(",".join([str(i), name(i), "x" * i, f"{i * 0.5:.1f}"]))
print(repr("".join([])))
print(repr("-".join([])))
one = "solo"
r = "+".join([one])
print(r, r is one)
print("ü".join(["a", "é", "c"]))
print(", ".join(["a", "", ""]))
order = []


def item(tag: str) -> str:
    order.append(tag)
    return tag


print(item("sep").join([item("a"), item("b")]), order)
