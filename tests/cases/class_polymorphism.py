# Functions that accept any subclass and rely on overridden methods.


class Employee:
    def __init__(self, name, base):
        self.name = name
        self.base = base

    def pay(self):
        return self.base

    def title(self):
        return "employee"

    def line(self):
        return self.name.ljust(8) + self.title().ljust(10) + str(self.pay()).rjust(8)


class Manager(Employee):
    def __init__(self, name, base, reports):
        super().__init__(name, base)
        self.reports = reports

    def pay(self):
        return super().pay() + 100 * len(self.reports)

    def title(self):
        return "manager"


class Director(Manager):
    def pay(self):
        return super().pay() * 2

    def title(self):
        return "director"


class Contractor(Employee):
    def __init__(self, name, hours, rate=50):
        super().__init__(name, 0)
        self.hours = hours
        self.rate = rate

    def pay(self):
        return self.hours * self.rate

    def title(self):
        return "contract"


def payroll(staff):
    total = 0
    for e in staff:
        print(e.line())
        total += e.pay()
    return total


def count_types(staff):
    counts = {}
    for e in staff:
        key = type(e).__name__
        counts[key] = counts.get(key, 0) + 1
    return counts


ann = Employee("ann", 1000)
bob = Employee("bob", 1200)
cat = Manager("cat", 2000, [ann, bob])
dan = Contractor("dan", 40)
eve = Contractor("eve", 10, rate=120)
fay = Director("fay", 3000, [cat, dan])
staff = [ann, bob, cat, dan, eve, fay]
print("total", payroll(staff))
print(count_types(staff))
print([e.name for e in staff if isinstance(e, Manager)])
print([e.name for e in cat.reports], [e.name for e in fay.reports])
print(sorted([e.name for e in staff], key=lambda n: -len(n)))
print(max(staff, key=lambda e: e.pay()).name)
dan.hours += 20
print(dan.pay(), payroll([dan]))
