# sleep takes no keyword arguments.
import time

time.sleep(secs=0.01)
