class A:
    pass
x = [1]
import os
