# sleep(None) is a TypeError, from the function used as a value.
import time

nap = time.sleep
nap(None)
