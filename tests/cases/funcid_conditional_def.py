import sys

if len(sys.argv) > 5:
    def greet():
        return "many"
else:
    def hello():
        return "few"
print(hello())

for i in range(3):
    def step(n=10):
        return n + 1
    print(i, step(), step(i))

while True:
    def later():
        return "later"
    break
print(later(), later is later)


def uses():
    return hello() + later()


print(uses())
print(greet())
