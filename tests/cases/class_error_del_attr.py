# Deleting an attribute then reading it raises AttributeError.


class Holder:
    kind = "holder"

    def __init__(self):
        self.value = 10


h = Holder()
print(h.value, h.kind)
h.kind = "mine"
del h.kind
print(h.kind)
del h.value
print("deleted value")
print(h.value)
print("unreachable")
