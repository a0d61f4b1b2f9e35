SCALE: int = 3
NAME: str = "molt"

def scaled(x):
    return x * SCALE

def show():
    print(NAME, SCALE, scaled(7))

show()
SCALE = 10
show()
NAME = NAME + "!"
show()
