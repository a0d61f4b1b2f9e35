# An infinite sleep length overflows the timestamp range.
import time

time.sleep(float("inf"))
