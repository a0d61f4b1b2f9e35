# A NaN sleep length is a ValueError.
import time

time.sleep(float("nan"))
