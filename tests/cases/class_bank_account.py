# Bank-account simulation with a subclass, transaction log and class-level rate.


class Account:
    bank = "MoltBank"
    opened = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.log = []
        Account.opened += 1
        self.number = Account.opened

    def deposit(self, amount):
        if amount <= 0:
            self.log.append(("rejected-deposit", amount))
            return False
        self.balance += amount
        self.log.append(("deposit", amount))
        return True

    def withdraw(self, amount):
        if amount > self.balance:
            self.log.append(("insufficient", amount))
            return False
        self.balance -= amount
        self.log.append(("withdraw", amount))
        return True

    def transfer(self, other, amount):
        if self.withdraw(amount):
            other.deposit(amount)
            return True
        return False

    def month_end(self):
        pass

    def __repr__(self):
        return "#" + str(self.number) + " " + self.owner + ": " + str(self.balance)


class Savings(Account):
    rate = 0.02

    def month_end(self):
        interest = round(self.balance * self.rate, 2)
        self.balance = round(self.balance + interest, 2)
        self.log.append(("interest", interest))


class Checking(Account):
    fee = 1

    def __init__(self, owner, balance=0, overdraft=0):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def withdraw(self, amount):
        if amount > self.balance + self.overdraft:
            self.log.append(("insufficient", amount))
            return False
        self.balance -= amount
        self.log.append(("withdraw", amount))
        return True

    def month_end(self):
        self.balance -= Checking.fee
        self.log.append(("fee", Checking.fee))


alice = Savings("alice", 1000)
bob = Checking("bob", 50, overdraft=100)
carol = Account("carol")
accounts = [alice, bob, carol]
print(accounts)
print(alice.deposit(250), alice.deposit(-5))
print(bob.withdraw(120), bob.withdraw(100))
print(carol.withdraw(1))
print(alice.transfer(carol, 300), bob.transfer(carol, 500))
print(accounts)
for month in range(1, 4):
    for acc in accounts:
        acc.month_end()
    print("month", month, accounts)
for acc in accounts:
    print(acc.owner, acc.log)
print(Account.opened, Account.bank, alice.bank, Savings.rate)
total = 0
for acc in accounts:
    total += acc.balance
print("total", round(total, 2))
richest = max(accounts, key=lambda a: a.balance)
print("richest", richest.owner, type(richest).__name__)
