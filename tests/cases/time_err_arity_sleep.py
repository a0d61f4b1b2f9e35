# sleep takes exactly one argument; the arguments are evaluated first.
from time import sleep as nap


def arg() -> float:
    print("evaluated")
    return 0.0


nap(arg(), arg())
