# __lt__ drives sorted(), list.sort(), min() and max().


class Card:
    RANKS = "23456789TJQKA"

    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def value(self):
        return Card.RANKS.index(self.rank)

    def __lt__(self, other):
        if self.value() != other.value():
            return self.value() < other.value()
        return self.suit < other.suit

    def __repr__(self):
        return self.rank + self.suit


hand = [Card("K", "h"), Card("2", "s"), Card("A", "d"), Card("T", "c"), Card("2", "c"), Card("7", "h")]
print(hand)
print(sorted(hand))
print(sorted(hand, reverse=True))
print(min(hand), max(hand))
print(hand[0] < hand[1], hand[1] < hand[0])
print(hand[0] > hand[1], hand[1] > hand[0])
hand.sort()
print(hand)
print(hand[0] < hand[1], hand[1] < hand[0])
print(min(Card("5", "s"), Card("4", "d")))
print(max(Card("5", "s"), Card("5", "h"), Card("3", "c")))


class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        return self.priority < other.priority

    def __repr__(self):
        return "Task(" + str(self.priority) + ", " + self.name + ")"


tasks = [Task(3, "write"), Task(1, "plan"), Task(2, "code"), Task(1, "coffee"), Task(5, "ship")]
# sorted is stable: equal priorities keep their order
print(sorted(tasks))
print([t.name for t in sorted(tasks, reverse=True)])
print(min(tasks).name, max(tasks).name)
queue = []
for t in tasks:
    queue.append(t)
    queue.sort()
    print(" ", [q.name for q in queue])
