x = "global"

def local_x():
    x = "local"
    return x

def read_x():
    return x

def write_x():
    global x
    x = "rewritten"

print(local_x(), read_x(), x)
write_x()
print(local_x(), read_x(), x)
