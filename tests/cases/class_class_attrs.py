# Class attributes read via the class and instances, and updated through the class.

LIMIT = 10
PREFIX = "id-"


class Registry:
    count = 0
    limit = LIMIT * 2
    prefix = PREFIX + "reg"
    names = ("a", "b", "c")
    ratio = 1.5
    flags = [True, False]

    def __init__(self, name):
        self.name = name
        Registry.count += 1
        self.serial = Registry.count

    def describe(self):
        return self.prefix + "/" + self.name + "/" + str(self.serial)


print(Registry.count, Registry.limit, Registry.prefix)
print(Registry.names, Registry.ratio, Registry.flags)
r1 = Registry("one")
r2 = Registry("two")
r3 = Registry("three")
print(Registry.count)
print(r1.count, r2.count, r3.count)
print(r1.describe(), r2.describe(), r3.describe())
print(r1.limit, r2.names[1])

# assigning via an instance creates an instance attribute
r1.count = 100
print(r1.count, r2.count, Registry.count)

# updating through the class is seen by instances without shadowing
Registry.limit = 7
print(r1.limit, r2.limit, r3.limit)
Registry.prefix = "new"
print(r3.describe())

Registry.ratio *= 2
print(Registry.ratio, r2.ratio)
Registry.extra = "added later"
print(r1.extra, Registry.extra)

# mutating a class-level list is shared by everyone
r2.flags.append(None)
print(Registry.flags, r3.flags)
