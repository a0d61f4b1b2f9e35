# Counting instances and tracking ids with class attributes.


class Ticket:
    issued = 0
    next_id = 1000
    active = 0

    def __init__(self, owner):
        self.owner = owner
        self.id = Ticket.next_id
        Ticket.next_id += 1
        Ticket.issued += 1
        Ticket.active += 1
        self.open = True

    def close(self):
        if self.open:
            self.open = False
            Ticket.active -= 1
            return True
        return False


tickets = []
for name in ["ann", "bob", "cat", "dan", "eve"]:
    tickets.append(Ticket(name))
    print("issued", tickets[-1].id, "to", name, "total", Ticket.issued)

print(Ticket.issued, Ticket.active, Ticket.next_id)
print(tickets[1].close())
print(tickets[1].close())
print(tickets[3].close())
print(Ticket.issued, Ticket.active)
open_owners = [t.owner for t in tickets if t.open]
print(open_owners)
print([t.id for t in tickets])
print(tickets[0].issued == Ticket.issued)


class Counter:
    total = 0

    def __init__(self):
        self.value = 0

    def hit(self, n=1):
        self.value += n
        Counter.total += n
        return self.value


c1 = Counter()
c2 = Counter()
for i in range(5):
    c1.hit()
c2.hit(10)
c2.hit(n=3)
print(c1.value, c2.value, Counter.total)
