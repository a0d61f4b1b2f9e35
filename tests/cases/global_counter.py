counter = 0

def bump():
    global counter
    counter += 1

def bump_by(n: int):
    global counter
    counter = counter + n

for i in range(10):
    bump()
print(counter)
bump_by(100)
print(counter)
bump_by(-2 ** 70)
print(counter)
