def setup():
    global config, level
    config = "ready"
    level = 3

def use():
    print(config, level)

setup()
use()
print(config * 2, level + 1)
