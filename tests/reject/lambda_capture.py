def adders():
    fs = []
    for i in range(3):
        fs.append(lambda x: x + i)
    return fs


print([f(10) for f in adders()])
