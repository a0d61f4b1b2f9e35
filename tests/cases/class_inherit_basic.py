# Single inheritance: inherited methods and attributes, overriding, dispatch via self.


class Animal:
    legs = 4
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " says " + self.sound

    def describe(self):
        return self.name + " has " + str(self.legs) + " legs; " + self.speak()

    def kind(self):
        return "animal"


class Dog(Animal):
    sound = "woof"

    def kind(self):
        return "dog"


class Bird(Animal):
    legs = 2
    sound = "tweet"

    def speak(self):
        return self.name + " sings " + self.sound

    def fly(self):
        return self.name + " flies"


class Snake(Animal):
    legs = 0

    def describe(self):
        return "a snake named " + self.name


zoo = [Animal("generic"), Dog("rex"), Bird("tweety"), Snake("kaa")]
for a in zoo:
    print(a.describe())
    print("  kind:", a.kind(), "legs:", a.legs, "type:", type(a).__name__)

b = zoo[2]
print(b.fly())
print(Dog.legs, Bird.legs, Snake.legs, Animal.legs)
print(Dog.sound, Snake.sound)

# changing the base class attribute is visible in subclasses that do not override it
Animal.legs = 5
print(zoo[1].legs, zoo[2].legs, zoo[3].legs)
Animal.sound = "hmm"
print(zoo[3].speak(), zoo[1].speak())

print(isinstance(zoo[1], Animal), isinstance(zoo[1], Dog), isinstance(zoo[1], Bird))
print(isinstance(zoo[0], Dog))
