# Class attributes mutated through the class, shadowed by subclasses,
# type(self).count += 1, and self.__class__.__name__ in __repr__.


class Animal:
    count = 0
    sound = "..."
    legs = 4
    registry = []

    def __init__(self, name):
        self.name = name
        type(self).count += 1
        Animal.registry.append(name)

    def speak(self):
        return self.name + " says " + self.sound

    def __repr__(self):
        return self.__class__.__name__ + "(" + repr(self.name) + ")"


class Dog(Animal):
    sound = "woof"


class Bird(Animal):
    sound = "tweet"
    legs = 2


class Puppy(Dog):
    pass


zoo = [Animal("generic"), Dog("rex"), Dog("fido"), Bird("tweety"), Puppy("bit")]
print(zoo)
print(Animal.count, Dog.count, Bird.count, Puppy.count)
print([a.speak() for a in zoo])
print([a.legs for a in zoo], Animal.registry)
print(Dog.registry is Animal.registry, len(Puppy.registry))

Animal.sound = "hmm"
print([a.speak() for a in zoo])
Dog.sound = "WOOF"
print(zoo[2].speak(), zoo[4].speak())
del Dog.sound
print(zoo[1].speak(), zoo[4].speak())
Puppy.sound = "yip"
print(zoo[4].speak(), zoo[1].speak())

zoo[3].legs = 3
print(zoo[3].legs, Bird.legs, Bird("b2").legs)
del zoo[3].legs
print(zoo[3].legs, Bird.count)
Animal.legs = 6
print([a.legs for a in zoo])

p = Puppy("p2")
print(Puppy.count, Dog.count, Animal.count)
print(repr(p), str(p), [p], "%r" % (p,))
print(type(p).__name__, p.__class__.__name__, p.__class__ is Puppy)


class Config:
    defaults = {"color": "red"}
    level = 1

    def bump(self):
        type(self).level += 1
        return self.level

    def set_default(self, k, v):
        self.defaults[k] = v


c1 = Config()
c2 = Config()
print(c1.bump(), c2.bump(), Config.level)
c1.level = 100
print(c1.bump(), c1.level, c2.level, Config.level)
c2.set_default("size", 9)
print(c1.defaults, Config.defaults is c1.defaults)
c1.defaults = {"own": True}
print(c1.defaults, c2.defaults)
