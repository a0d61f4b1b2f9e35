# A tiny negative float still rounds away from zero: refused.
from time import sleep

sleep(-0.0)
print("zero ok")
sleep(-1e-10)
