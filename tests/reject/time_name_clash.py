# `time` names the module and, after the second import, its function:
# Molt resolves names at compile time, so it refuses the ambiguity.
import time
from time import time

print(time())
