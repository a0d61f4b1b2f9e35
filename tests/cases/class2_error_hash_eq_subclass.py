# A subclass that overrides __eq__ without __hash__ becomes unhashable,
# even though its base class is hashable.


class Base:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v

    def __eq__(self, other):
        return self.v == other.v


class KeepsHash(Base):
    pass


class DropsHash(Base):
    def __eq__(self, other):
        return True


print(hash(Base(3)), hash(KeepsHash(4)))
print(len({Base(1), KeepsHash(1), Base(2)}))
print(DropsHash(1) == DropsHash(2))
print(hash(DropsHash(5)))
print("unreachable")
