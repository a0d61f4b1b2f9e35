# max() of an empty generator with key= raises ValueError.
def key(v):
    print("key", v)
    return v
print(max((x for x in range(3)), key=key))
print(max((x for x in range(0)), key=key))
