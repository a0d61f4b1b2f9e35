def add_item(item, bucket=[]):
    bucket.append(item)
    return bucket

print(add_item(1))
print(add_item(2))
print(add_item(3, []))
print(add_item(4))

def tally(word, counts={}):
    counts[word] = counts.get(word, 0) + 1
    return counts

tally("a")
tally("b")
print(tally("a"))

def safe_add(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(safe_add(1), safe_add(2))
shared = add_item(5)
shared.append("external")
print(add_item(6))

def extend_tuple(x, base=()):
    base += (x,)
    return base

print(extend_tuple(1), extend_tuple(2), extend_tuple(3, (0,)))
