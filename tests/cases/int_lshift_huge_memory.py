# a shift CPython tries to allocate (and cannot)
print(1 << 2**62)
