# super().method(...) calls, including with arguments and return values.


class Formatter:
    def fmt(self, text, width=10):
        return text.ljust(width, ".")

    def wrap(self, text):
        return "[" + text + "]"

    def render(self, text):
        return self.wrap(self.fmt(text))


class Upper(Formatter):
    def fmt(self, text, width=10):
        return super().fmt(text.upper(), width)


class Stars(Upper):
    def wrap(self, text):
        return "*" + super().wrap(text) + "*"

    def fmt(self, text, width=8):
        return super().fmt(text, width=width + 2) + "|"


for f in [Formatter(), Upper(), Stars()]:
    print(type(f).__name__)
    print("  ", f.fmt("abc"))
    print("  ", f.fmt("abc", 5))
    print("  ", f.wrap("x"))
    print("  ", f.render("hi"))


class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            return False
        self.balance -= amount
        return True

    def stats(self):
        return [self.balance]


class FeeAccount(Account):
    def withdraw(self, amount):
        ok = super().withdraw(amount + 1)
        if not ok:
            print("  declined", amount)
        return ok

    def stats(self):
        result = super().stats()
        result.append("fee")
        return result


acc = FeeAccount(10)
print(acc.withdraw(4), acc.balance)
print(acc.withdraw(5), acc.balance)
print(acc.withdraw(4), acc.balance)
print(acc.stats())
