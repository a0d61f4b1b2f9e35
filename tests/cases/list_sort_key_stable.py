people = [("ann", 31), ("bob", 25), ("cat", 31), ("dan", 25), ("eve", 40), ("fay", 25)]
by_age = sorted(people, key=lambda p: p[1])
print(by_age)
people.sort(key=lambda p: p[1])
print(people)
print(people == by_age)
words = ["bb", "a", "ccc", "dd", "e", "fff", "gg"]
words.sort(key=lambda w: len(w))
print(words)
words.sort(key=lambda w: -len(w))
print(words)
nums = [15, 22, 7, 30, 11, 4, 19, 26]
nums.sort(key=lambda n: n % 3)
print(nums)
nums.sort(key=lambda n: n % 5)
print(nums)
def last_digit(n):
    return n % 10
vals = [21, 11, 31, 5, 45, 12, 2]
vals.sort(key=last_digit)
print(vals)
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
pairs.sort(key=lambda t: t[1])
print(pairs)
pairs.sort(key=lambda t: t[0])
print(pairs)
