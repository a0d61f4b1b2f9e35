# A generator's first iterable is evaluated when the generator is created,
# before the other arguments of the consuming call.
def note(tag, v):
    print("eval", tag)
    return v

xs = [1, 2, 3]
print(sum((x for x in note("iter", xs)), note("start", 10)))
print(max((x for x in note("iter", xs)), key=note("key", lambda v: -v)))
print(min((x for x in note("iter", [])), default=note("default", "d")))
print(sorted((x for x in note("iter", xs)), key=note("key", abs), reverse=note("rev", True)))
n = 3
def shrink():
    global n
    n = 0
    return 0
print(sum((i for i in range(n)), shrink()), n)
ys = [1, 2, 3]
def rebind():
    global ys
    ys = [100]
    return None
print(sorted((y for y in ys), key=rebind() or (lambda v: -v)), ys)
zs = [1, 2, 3]
def grow():
    zs.append(4)
    return 0
print(sum((z for z in zs), grow()), zs)
print(max((w for w in zs), default=zs.append(5)), zs)
print(note("sep", "-").join(c for c in note("iter", "abc")))
