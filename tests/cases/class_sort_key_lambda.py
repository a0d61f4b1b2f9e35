# Sorting lists of instances with key=lambda and other key functions.


class Student:
    def __init__(self, name, grade, age):
        self.name = name
        self.grade = grade
        self.age = age

    def __repr__(self):
        return self.name + "(" + str(self.grade) + "," + str(self.age) + ")"


roster = [
    Student("mia", 88, 20),
    Student("leo", 95, 22),
    Student("ava", 88, 19),
    Student("kai", 72, 21),
    Student("zoe", 95, 19),
    Student("ben", 60, 23),
]
print(sorted(roster, key=lambda s: s.name))
print(sorted(roster, key=lambda s: s.grade))
print(sorted(roster, key=lambda s: s.grade, reverse=True))
print(sorted(roster, key=lambda s: (-s.grade, s.age)))
print(sorted(roster, key=lambda s: (s.age, s.name))[0])
print(min(roster, key=lambda s: s.age), max(roster, key=lambda s: s.grade))
roster.sort(key=lambda s: s.name[-1])
print(roster)
roster.sort(key=lambda s: len(s.name) * 100 - s.grade)
print(roster)
top3 = sorted(roster, key=lambda s: s.grade, reverse=True)[:3]
print([s.name for s in top3])
passing = [s for s in roster if s.grade >= 70]
print(sorted([s.name for s in passing]))
groups = {}
for s in sorted(roster, key=lambda s: s.name):
    if s.grade not in groups:
        groups[s.grade] = []
    groups[s.grade].append(s.name)
for g in sorted(groups):
    print(g, groups[g])
