# CPython decodes stdin 8192 bytes at a time: lines from the first chunk
# are read, and the error in the second reports its position in that chunk.
import sys
n = 0
for line in sys.stdin:
    n += 1
print(n)
