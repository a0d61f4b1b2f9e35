# Class attributes across an inheritance chain; updates via subclass create shadows.


class Vehicle:
    wheels = 4
    made = 0
    color = "white"

    def __init__(self):
        Vehicle.made += 1

    def info(self):
        return type(self).__name__ + " wheels=" + str(self.wheels) + " color=" + self.color


class Bike(Vehicle):
    wheels = 2


class Trike(Bike):
    wheels = 3
    color = "red"


class Truck(Vehicle):
    made = 0

    def __init__(self):
        super().__init__()
        Truck.made += 1


vs = [Vehicle(), Bike(), Trike(), Truck(), Truck(), Bike()]
for v in vs:
    print(v.info())
print(Vehicle.made, Bike.made, Trike.made, Truck.made)

# setting on a subclass shadows only there
Bike.color = "blue"
print(Vehicle.color, Bike.color, Trike.color, Truck.color)
Vehicle.color = "black"
print(Vehicle.color, Bike.color, Trike.color, Truck.color)

# Bike.made += 1 reads the inherited value then stores on Bike
Bike.made += 1
print(Vehicle.made, Bike.made, Trike.made)
Vehicle.made += 10
print(Vehicle.made, Bike.made, Trike.made)

t = vs[2]
t.wheels = 18
print(t.wheels, Trike.wheels, t.info())
del t.wheels
print(t.wheels, t.info())
