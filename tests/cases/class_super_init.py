# super().__init__ with positional and keyword arguments.


class Person:
    def __init__(self, name, age=0):
        self.name = name
        self.age = age
        self.tags = ["person"]

    def info(self):
        return self.name + " (" + str(self.age) + ")"


class Employee(Person):
    def __init__(self, name, age, salary, title="staff"):
        super().__init__(name, age)
        self.salary = salary
        self.title = title
        self.tags.append("employee")

    def info(self):
        return super().info() + " " + self.title + " $" + str(self.salary)


class Intern(Person):
    def __init__(self, name):
        super().__init__(name, age=19)
        self.tags.append("intern")


class Contractor(Person):
    def __init__(self, name, rate):
        self.rate = rate
        super().__init__(name=name)

    def info(self):
        return "contractor " + super().info() + " @" + str(self.rate)


people = [
    Person("ann", 40),
    Person("zed"),
    Employee("bob", 30, 5000),
    Employee("cy", 45, 9000, title="boss"),
    Intern("dee"),
    Contractor("eli", 12.5),
]
for p in people:
    print(p.info(), p.tags)

e = people[2]
print(e.name, e.age, e.salary, e.title)
i = people[4]
print(i.age, i.info())
print(people[5].rate, people[5].age)
