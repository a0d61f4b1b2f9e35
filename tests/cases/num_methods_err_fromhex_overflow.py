print(float.fromhex('0x1.fffffffffffff7ffp1023'))
print(float.fromhex('0x1.fffffffffffff8p1023'))
