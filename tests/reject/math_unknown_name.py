import math
from math import cbrt, baz
from math import *

print(math.foo(1.0), cbrt(8))
g = math.bar
