# A missing attribute on the class object itself.


class Config:
    debug = False
    level = 3


print(Config.debug, Config.level)
Config.level += 1
print(Config.level)
print(Config.verbose)
print("unreachable")
