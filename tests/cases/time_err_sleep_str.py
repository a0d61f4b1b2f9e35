# sleep takes a number: a str is not an integer.
import time

time.sleep("x")
