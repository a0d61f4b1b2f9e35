print((-1).to_bytes(2, 'big', signed=True))
x = -1
print(x.to_bytes(2, 'big'))
