# Attributes added from outside, deleted, and instance attributes shadowing class ones.


class Box:
    kind = "box"
    size = 1

    def __init__(self, content):
        self.content = content

    def show(self):
        return self.kind + ":" + str(self.content) + ":" + str(self.size)


b = Box("apples")
print(b.show())
b.z = 5
print(b.z)
b.z += 10
print(b.z)
b.extra = [1, 2]
b.extra.append(3)
print(b.extra)

# shadow the class attribute on this instance only
b.size = 42
other = Box("pears")
print(b.size, other.size, Box.size)
print(b.show())
print(other.show())

# deleting the instance attribute reveals the class attribute again
del b.size
print(b.size)
print(b.show())

b.kind = "crate"
print(b.show(), other.show())
del b.kind
print(b.show())

del b.z
b.z = "back"
print(b.z)

del b.content
b.content = "oranges"
print(b.show())

# replace an attribute with a value of a different type
b.content = 3.5
print(b.show())
b.content = None
print(b.content is None)
