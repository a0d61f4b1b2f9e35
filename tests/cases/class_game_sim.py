# Turn-based battle simulation: hierarchy of units, deterministic "random" generator.


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 48271) % 2147483647
        return self.state % n


class Unit:
    def __init__(self, name, hp, attack):
        self.name = name
        self.hp = hp
        self.max_hp = hp
        self.attack = attack

    def alive(self):
        return self.hp > 0

    def damage_roll(self, rng):
        return self.attack + rng.next(3)

    def hit(self, other, rng):
        dmg = self.damage_roll(rng)
        other.take(dmg)
        return dmg

    def take(self, dmg):
        self.hp = max(0, self.hp - dmg)

    def __bool__(self):
        return self.alive()

    def __repr__(self):
        return self.name + "[" + str(self.hp) + "/" + str(self.max_hp) + "]"


class Knight(Unit):
    def __init__(self, name):
        super().__init__(name, 30, 4)
        self.armor = 2

    def take(self, dmg):
        super().take(max(1, dmg - self.armor))


class Mage(Unit):
    def __init__(self, name):
        super().__init__(name, 18, 6)
        self.mana = 3

    def damage_roll(self, rng):
        base = super().damage_roll(rng)
        if self.mana > 0:
            self.mana -= 1
            return base * 2
        return base


class Goblin(Unit):
    def __init__(self, name):
        super().__init__(name, 12, 3)


rng = Rng(42)
heroes = [Knight("arthur"), Mage("merlin")]
foes = [Goblin("g1"), Goblin("g2"), Goblin("g3"), Goblin("g4")]
rnd = 0
while any(heroes) and any(foes) and rnd < 30:
    rnd += 1
    for h in heroes:
        targets = [f for f in foes if f]
        if h and targets:
            t = targets[rng.next(len(targets))]
            print("r" + str(rnd), h.name, "hits", t.name, "for", h.hit(t, rng))
    for f in foes:
        targets = [h for h in heroes if h]
        if f and targets:
            t = targets[rng.next(len(targets))]
            f.hit(t, rng)
    print("   ", heroes, foes)
print("winner:", "heroes" if any(heroes) else "foes", "after", rnd, "rounds")
print([type(u).__name__ for u in heroes + foes if u])
